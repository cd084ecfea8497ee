/** The chat page's elements, as the server renders them (src/pages/templates.ts); a missing one is a bug. */

export interface PageElements {
  readonly app: HTMLElement;
  readonly connection: HTMLElement;
  readonly rooms: HTMLElement;
  readonly online: HTMLElement;
  readonly title: HTMLElement;
  readonly scroller: HTMLElement;
  readonly list: HTMLElement;
  readonly older: HTMLButtonElement;
  readonly jump: HTMLButtonElement;
  readonly typing: HTMLElement;
  readonly composer: HTMLFormElement;
  readonly input: HTMLTextAreaElement;
  readonly counter: HTMLElement;
  readonly joinForm: HTMLFormElement;
  readonly joinInput: HTMLInputElement;
  readonly menu: HTMLButtonElement;
  readonly sidebar: HTMLElement;
  readonly backdrop: HTMLElement;
}

export function find<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`chat page: no ${selector} element`);
  return element;
}

export function findElements(root: ParentNode = document): PageElements {
  return {
    app: find(root, ".app"),
    connection: find(root, ".connection"),
    rooms: find(root, ".rooms"),
    online: find(root, ".online"),
    title: find(root, ".room-title"),
    scroller: find(root, ".messages"),
    list: find(root, ".message-list"),
    older: find(root, ".load-older"),
    jump: find(root, ".jump-newest"),
    typing: find(root, ".typing"),
    composer: find(root, ".composer"),
    input: find(root, "#message"),
    counter: find(root, ".counter"),
    joinForm: find(root, ".join-room"),
    joinInput: find(root, "#room-name"),
    menu: find(root, ".menu"),
    sidebar: find(root, ".sidebar"),
    backdrop: find(root, ".backdrop"),
  };
}
