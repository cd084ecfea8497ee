/**
 * A room-name input that explains the rule instead of the browser's bare "Please match the requested
 * format": the rule in words and a valid name close to what was typed ("Team Chat!" → "team-chat"), both
 * from @tertulia/protocol/browser (the rule every tier imports), shown under the field and given to the
 * browser as the field's validity message.
 */
import { ROOM_NAME_PATTERN, ROOM_NAME_RULE, suggestRoomName } from "@tertulia/protocol/browser";

/** Why `name` is refused, with a suggestion; "" for a valid (or empty) name. */
export function roomNameProblem(name: string): string {
  if (name === "" || ROOM_NAME_PATTERN.test(name)) return "";
  const rule = `${ROOM_NAME_RULE.charAt(0).toUpperCase()}${ROOM_NAME_RULE.slice(1)}.`;
  const suggestion = suggestRoomName(name);
  return suggestion ? `${rule} Try “${suggestion}”.` : rule;
}

/** Keeps `input`'s validity message and the `hint` under it in step with what is typed. */
export function bindRoomNameField(input: HTMLInputElement, hint: HTMLElement): void {
  const check = () => {
    const problem = roomNameProblem(input.value.trim());
    input.setCustomValidity(problem);
    input.setAttribute("aria-invalid", String(problem !== ""));
    hint.textContent = problem;
    const suggestion = problem ? suggestRoomName(input.value) : null;
    if (suggestion) {
      const use = document.createElement("button");
      use.type = "button";
      use.className = "use-suggestion";
      use.textContent = `Use ${suggestion}`;
      use.addEventListener("click", () => {
        input.value = suggestion;
        check();
        input.focus();
      });
      hint.append(" ", use);
    }
  };
  input.addEventListener("input", check);
  // The browser checks validity before `submit`: the message is current even for a pasted or autofilled name.
  input.form?.addEventListener("submit", check, { capture: true });
  input.addEventListener("invalid", check);
}
