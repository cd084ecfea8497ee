import { GrpcStatus, type ServiceError, type TertuliaClient } from "@tertulia/protocol";
import { messageTextRefusal } from "./message-text.ts";

const SEND_ATTEMPTS = 3;

export type SendNoteClient = { readonly chat: Pick<TertuliaClient["chat"], "sendNote"> };

export interface SendNoteRequest {
  readonly room: string;
  readonly text: string;
  readonly clientId: string;
  readonly token: string;
}

/**
 * Checks a message against the server's limit and stores it with SendNote, retrying what the network lost
 * (UNAVAILABLE, DEADLINE_EXCEEDED) up to three attempts with the same clientId, so the server stores it once.
 * @returns null once stored, or a sentence saying why the message is refused before any call
 * @throws the last gRPC error when the server refused it or kept failing
 */
export async function sendNote(
  client: SendNoteClient,
  request: SendNoteRequest,
  maxMessageChars: number,
): Promise<string | null> {
  const body = request.text.trim();
  const refusal = messageTextRefusal(body, maxMessageChars);
  if (refusal) return refusal;
  for (let attempt = 1; ; attempt++) {
    try {
      await client.chat.sendNote(
        { room: request.room, message: body, clientMessageId: request.clientId },
        { token: request.token },
      );
      return null;
    } catch (error) {
      const code = (error as Partial<ServiceError>).code;
      const retriable = code === GrpcStatus.UNAVAILABLE || code === GrpcStatus.DEADLINE_EXCEEDED;
      if (!retriable || attempt >= SEND_ATTEMPTS) throw error;
      await Bun.sleep(200 * attempt);
    }
  }
}
