import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace grpc. */
export namespace grpc {

    /** Namespace health. */
    namespace health {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a HealthCheckRequest.
             * @deprecated Use grpc.health.v1.HealthCheckRequest.$Properties instead.
             */
            interface IHealthCheckRequest extends grpc.health.v1.HealthCheckRequest.$Properties {
            }

            /** Represents a HealthCheckRequest. */
            class HealthCheckRequest {

                /**
                 * Constructs a new HealthCheckRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: grpc.health.v1.HealthCheckRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HealthCheckRequest service. */
                service: string;

                /**
                 * Creates a new HealthCheckRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HealthCheckRequest instance
                 */
                static create(properties: grpc.health.v1.HealthCheckRequest.$Shape): grpc.health.v1.HealthCheckRequest & grpc.health.v1.HealthCheckRequest.$Shape;
                static create(properties?: grpc.health.v1.HealthCheckRequest.$Properties): grpc.health.v1.HealthCheckRequest;

                /**
                 * Encodes the specified HealthCheckRequest message. Does not implicitly {@link grpc.health.v1.HealthCheckRequest.verify|verify} messages.
                 * @param m HealthCheckRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: grpc.health.v1.HealthCheckRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HealthCheckRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {grpc.health.v1.HealthCheckRequest & grpc.health.v1.HealthCheckRequest.$Shape} HealthCheckRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): grpc.health.v1.HealthCheckRequest & grpc.health.v1.HealthCheckRequest.$Shape;

                /**
                 * Gets the type url for HealthCheckRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HealthCheckRequest {

                /** Properties of a HealthCheckRequest. */
                interface $Properties {

                    /** HealthCheckRequest service */
                    service?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HealthCheckRequest. */
                type $Shape = grpc.health.v1.HealthCheckRequest.$Properties;
            }

            /**
             * Properties of a HealthCheckResponse.
             * @deprecated Use grpc.health.v1.HealthCheckResponse.$Properties instead.
             */
            interface IHealthCheckResponse extends grpc.health.v1.HealthCheckResponse.$Properties {
            }

            /** Represents a HealthCheckResponse. */
            class HealthCheckResponse {

                /**
                 * Constructs a new HealthCheckResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: grpc.health.v1.HealthCheckResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HealthCheckResponse status. */
                status: grpc.health.v1.HealthCheckResponse.ServingStatus;

                /**
                 * Creates a new HealthCheckResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HealthCheckResponse instance
                 */
                static create(properties: grpc.health.v1.HealthCheckResponse.$Shape): grpc.health.v1.HealthCheckResponse & grpc.health.v1.HealthCheckResponse.$Shape;
                static create(properties?: grpc.health.v1.HealthCheckResponse.$Properties): grpc.health.v1.HealthCheckResponse;

                /**
                 * Encodes the specified HealthCheckResponse message. Does not implicitly {@link grpc.health.v1.HealthCheckResponse.verify|verify} messages.
                 * @param m HealthCheckResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: grpc.health.v1.HealthCheckResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HealthCheckResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {grpc.health.v1.HealthCheckResponse & grpc.health.v1.HealthCheckResponse.$Shape} HealthCheckResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): grpc.health.v1.HealthCheckResponse & grpc.health.v1.HealthCheckResponse.$Shape;

                /**
                 * Gets the type url for HealthCheckResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HealthCheckResponse {

                /** Properties of a HealthCheckResponse. */
                interface $Properties {

                    /** HealthCheckResponse status */
                    status?: (grpc.health.v1.HealthCheckResponse.ServingStatus|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HealthCheckResponse. */
                type $Shape = grpc.health.v1.HealthCheckResponse.$Properties;

                /** ServingStatus enum. */
                enum ServingStatus {

                    /** UNKNOWN value */
                    UNKNOWN = 0,

                    /** SERVING value */
                    SERVING = 1,

                    /** NOT_SERVING value */
                    NOT_SERVING = 2,

                    /** SERVICE_UNKNOWN value */
                    SERVICE_UNKNOWN = 3
                }
            }

            /** Represents a Health */
            class Health extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Health service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Health service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Health;

                /** Calls Check. */
                check: grpc.health.v1.Health.Check;

                /** Calls Watch. */
                watch: grpc.health.v1.Health.Watch;
            }

            namespace Health {

                /**
                 * Callback as used by {@link grpc.health.v1.Health#check}.
                 * @param error Error, if any
                 * @param [response] HealthCheckResponse
                 */
                type CheckCallback = (error: (Error|null), response?: grpc.health.v1.HealthCheckResponse) => void;

                /** Calls Check. */
                type Check = {
                  (request: grpc.health.v1.IHealthCheckRequest, callback: grpc.health.v1.Health.CheckCallback): void;
                  (request: grpc.health.v1.IHealthCheckRequest): Promise<grpc.health.v1.HealthCheckResponse>;
                  readonly name: "Check";
                  readonly path: "/grpc.health.v1.Health/Check";
                  readonly requestType: "HealthCheckRequest";
                  readonly responseType: "HealthCheckResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link grpc.health.v1.Health#watch}.
                 * @param error Error, if any
                 * @param [response] HealthCheckResponse
                 */
                type WatchCallback = (error: (Error|null), response?: grpc.health.v1.HealthCheckResponse) => void;

                /** Calls Watch. */
                type Watch = {
                  (request: grpc.health.v1.IHealthCheckRequest, callback: grpc.health.v1.Health.WatchCallback): void;
                  (request: grpc.health.v1.IHealthCheckRequest): Promise<grpc.health.v1.HealthCheckResponse>;
                  readonly name: "Watch";
                  readonly path: "/grpc.health.v1.Health/Watch";
                  readonly requestType: "HealthCheckRequest";
                  readonly responseType: "HealthCheckResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: true;
                };
            }
        }
    }
}

/**
 * Properties of an EmptyMessage.
 * @deprecated Use EmptyMessage.$Properties instead.
 */
export interface IEmptyMessage extends EmptyMessage.$Properties {
}

/** Represents an EmptyMessage. */
export class EmptyMessage {

    /**
     * Constructs a new EmptyMessage.
     * @param [p] Properties to set
     */
    constructor(p?: EmptyMessage.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /**
     * Creates a new EmptyMessage instance using the specified properties.
     * @param [properties] Properties to set
     * @returns EmptyMessage instance
     */
    static create(properties: EmptyMessage.$Shape): EmptyMessage & EmptyMessage.$Shape;
    static create(properties?: EmptyMessage.$Properties): EmptyMessage;

    /**
     * Encodes the specified EmptyMessage message. Does not implicitly {@link EmptyMessage.verify|verify} messages.
     * @param m EmptyMessage message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: EmptyMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes an EmptyMessage message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {EmptyMessage & EmptyMessage.$Shape} EmptyMessage
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): EmptyMessage & EmptyMessage.$Shape;

    /**
     * Gets the type url for EmptyMessage
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace EmptyMessage {

    /** Properties of an EmptyMessage. */
    interface $Properties {

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of an EmptyMessage. */
    type $Shape = EmptyMessage.$Properties;
}

/**
 * Properties of a Note.
 * @deprecated Use Note.$Properties instead.
 */
export interface INote extends Note.$Properties {
}

/** Represents a Note. */
export class Note {

    /**
     * Constructs a new Note.
     * @param [p] Properties to set
     */
    constructor(p?: Note.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** Note name. */
    name: string;

    /** Note message. */
    message: string;

    /** Note room. */
    room: string;

    /** Note seq. */
    seq: number;

    /** Note sentAtMs. */
    sentAtMs: number;

    /** Note clientMessageId. */
    clientMessageId: string;

    /** Note kind. */
    kind: NoteKind;

    /** Note editedAtMs. */
    editedAtMs: number;

    /** Note deleted. */
    deleted: boolean;

    /** Note targetSeq. */
    targetSeq: number;

    /**
     * Creates a new Note instance using the specified properties.
     * @param [properties] Properties to set
     * @returns Note instance
     */
    static create(properties: Note.$Shape): Note & Note.$Shape;
    static create(properties?: Note.$Properties): Note;

    /**
     * Encodes the specified Note message. Does not implicitly {@link Note.verify|verify} messages.
     * @param m Note message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: Note.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a Note message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {Note & Note.$Shape} Note
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): Note & Note.$Shape;

    /**
     * Gets the type url for Note
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace Note {

    /** Properties of a Note. */
    interface $Properties {

        /** Note name */
        name?: (string|null);

        /** Note message */
        message?: (string|null);

        /** Note room */
        room?: (string|null);

        /** Note seq */
        seq?: (number|null);

        /** Note sentAtMs */
        sentAtMs?: (number|null);

        /** Note clientMessageId */
        clientMessageId?: (string|null);

        /** Note kind */
        kind?: (NoteKind|null);

        /** Note editedAtMs */
        editedAtMs?: (number|null);

        /** Note deleted */
        deleted?: (boolean|null);

        /** Note targetSeq */
        targetSeq?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a Note. */
    type $Shape = Note.$Properties;
}

/**
 * Properties of a LoginRequest.
 * @deprecated Use LoginRequest.$Properties instead.
 */
export interface ILoginRequest extends LoginRequest.$Properties {
}

/** Represents a LoginRequest. */
export class LoginRequest {

    /**
     * Constructs a new LoginRequest.
     * @param [p] Properties to set
     */
    constructor(p?: LoginRequest.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** LoginRequest username. */
    username: string;

    /** LoginRequest password. */
    password: string;

    /**
     * Creates a new LoginRequest instance using the specified properties.
     * @param [properties] Properties to set
     * @returns LoginRequest instance
     */
    static create(properties: LoginRequest.$Shape): LoginRequest & LoginRequest.$Shape;
    static create(properties?: LoginRequest.$Properties): LoginRequest;

    /**
     * Encodes the specified LoginRequest message. Does not implicitly {@link LoginRequest.verify|verify} messages.
     * @param m LoginRequest message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: LoginRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a LoginRequest message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {LoginRequest & LoginRequest.$Shape} LoginRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): LoginRequest & LoginRequest.$Shape;

    /**
     * Gets the type url for LoginRequest
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace LoginRequest {

    /** Properties of a LoginRequest. */
    interface $Properties {

        /** LoginRequest username */
        username?: (string|null);

        /** LoginRequest password */
        password?: (string|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a LoginRequest. */
    type $Shape = LoginRequest.$Properties;
}

/**
 * Properties of a LoginResponse.
 * @deprecated Use LoginResponse.$Properties instead.
 */
export interface ILoginResponse extends LoginResponse.$Properties {
}

/** Represents a LoginResponse. */
export class LoginResponse {

    /**
     * Constructs a new LoginResponse.
     * @param [p] Properties to set
     */
    constructor(p?: LoginResponse.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** LoginResponse token. */
    token: string;

    /** LoginResponse error. */
    error: string;

    /** LoginResponse expiresAtMs. */
    expiresAtMs: number;

    /** LoginResponse username. */
    username: string;

    /** LoginResponse errorCode. */
    errorCode: string;

    /**
     * Creates a new LoginResponse instance using the specified properties.
     * @param [properties] Properties to set
     * @returns LoginResponse instance
     */
    static create(properties: LoginResponse.$Shape): LoginResponse & LoginResponse.$Shape;
    static create(properties?: LoginResponse.$Properties): LoginResponse;

    /**
     * Encodes the specified LoginResponse message. Does not implicitly {@link LoginResponse.verify|verify} messages.
     * @param m LoginResponse message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: LoginResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a LoginResponse message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {LoginResponse & LoginResponse.$Shape} LoginResponse
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): LoginResponse & LoginResponse.$Shape;

    /**
     * Gets the type url for LoginResponse
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace LoginResponse {

    /** Properties of a LoginResponse. */
    interface $Properties {

        /** LoginResponse token */
        token?: (string|null);

        /** LoginResponse error */
        error?: (string|null);

        /** LoginResponse expiresAtMs */
        expiresAtMs?: (number|null);

        /** LoginResponse username */
        username?: (string|null);

        /** LoginResponse errorCode */
        errorCode?: (string|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a LoginResponse. */
    type $Shape = LoginResponse.$Properties;
}

/** NoteKind enum. */
export enum NoteKind {

    /** NOTE_KIND_CHAT value */
    NOTE_KIND_CHAT = 0,

    /** NOTE_KIND_JOIN value */
    NOTE_KIND_JOIN = 1,

    /** NOTE_KIND_LEAVE value */
    NOTE_KIND_LEAVE = 2,

    /** NOTE_KIND_SYSTEM value */
    NOTE_KIND_SYSTEM = 3,

    /** NOTE_KIND_TYPING value */
    NOTE_KIND_TYPING = 4,

    /** NOTE_KIND_EDIT value */
    NOTE_KIND_EDIT = 5,

    /** NOTE_KIND_DELETE value */
    NOTE_KIND_DELETE = 6,

    /** NOTE_KIND_MEMBER_ADDED value */
    NOTE_KIND_MEMBER_ADDED = 7,

    /** NOTE_KIND_MEMBER_REMOVED value */
    NOTE_KIND_MEMBER_REMOVED = 8
}

/**
 * Properties of a SubscribeRequest.
 * @deprecated Use SubscribeRequest.$Properties instead.
 */
export interface ISubscribeRequest extends SubscribeRequest.$Properties {
}

/** Represents a SubscribeRequest. */
export class SubscribeRequest {

    /**
     * Constructs a new SubscribeRequest.
     * @param [p] Properties to set
     */
    constructor(p?: SubscribeRequest.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** SubscribeRequest room. */
    room: string;

    /** SubscribeRequest afterSeq. */
    afterSeq: number;

    /** SubscribeRequest tail. */
    tail: number;

    /**
     * Creates a new SubscribeRequest instance using the specified properties.
     * @param [properties] Properties to set
     * @returns SubscribeRequest instance
     */
    static create(properties: SubscribeRequest.$Shape): SubscribeRequest & SubscribeRequest.$Shape;
    static create(properties?: SubscribeRequest.$Properties): SubscribeRequest;

    /**
     * Encodes the specified SubscribeRequest message. Does not implicitly {@link SubscribeRequest.verify|verify} messages.
     * @param m SubscribeRequest message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: SubscribeRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a SubscribeRequest message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {SubscribeRequest & SubscribeRequest.$Shape} SubscribeRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SubscribeRequest & SubscribeRequest.$Shape;

    /**
     * Gets the type url for SubscribeRequest
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace SubscribeRequest {

    /** Properties of a SubscribeRequest. */
    interface $Properties {

        /** SubscribeRequest room */
        room?: (string|null);

        /** SubscribeRequest afterSeq */
        afterSeq?: (number|null);

        /** SubscribeRequest tail */
        tail?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a SubscribeRequest. */
    type $Shape = SubscribeRequest.$Properties;
}

/**
 * Properties of a SubscriptionStarted.
 * @deprecated Use SubscriptionStarted.$Properties instead.
 */
export interface ISubscriptionStarted extends SubscriptionStarted.$Properties {
}

/** Represents a SubscriptionStarted. */
export class SubscriptionStarted {

    /**
     * Constructs a new SubscriptionStarted.
     * @param [p] Properties to set
     */
    constructor(p?: SubscriptionStarted.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** SubscriptionStarted room. */
    room: string;

    /** SubscriptionStarted epoch. */
    epoch: string;

    /** SubscriptionStarted firstSeq. */
    firstSeq: number;

    /** SubscriptionStarted lastSeq. */
    lastSeq: number;

    /** SubscriptionStarted truncated. */
    truncated: boolean;

    /** SubscriptionStarted present. */
    present: string[];

    /**
     * Creates a new SubscriptionStarted instance using the specified properties.
     * @param [properties] Properties to set
     * @returns SubscriptionStarted instance
     */
    static create(properties: SubscriptionStarted.$Shape): SubscriptionStarted & SubscriptionStarted.$Shape;
    static create(properties?: SubscriptionStarted.$Properties): SubscriptionStarted;

    /**
     * Encodes the specified SubscriptionStarted message. Does not implicitly {@link SubscriptionStarted.verify|verify} messages.
     * @param m SubscriptionStarted message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: SubscriptionStarted.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a SubscriptionStarted message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {SubscriptionStarted & SubscriptionStarted.$Shape} SubscriptionStarted
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SubscriptionStarted & SubscriptionStarted.$Shape;

    /**
     * Gets the type url for SubscriptionStarted
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace SubscriptionStarted {

    /** Properties of a SubscriptionStarted. */
    interface $Properties {

        /** SubscriptionStarted room */
        room?: (string|null);

        /** SubscriptionStarted epoch */
        epoch?: (string|null);

        /** SubscriptionStarted firstSeq */
        firstSeq?: (number|null);

        /** SubscriptionStarted lastSeq */
        lastSeq?: (number|null);

        /** SubscriptionStarted truncated */
        truncated?: (boolean|null);

        /** SubscriptionStarted present */
        present?: (string[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a SubscriptionStarted. */
    type $Shape = SubscriptionStarted.$Properties;
}

/**
 * Properties of a RoomEvent.
 * @deprecated Use RoomEvent.$Properties instead.
 */
export interface IRoomEvent extends RoomEvent.$Properties {
}

/** Represents a RoomEvent. */
export class RoomEvent {

    /**
     * Constructs a new RoomEvent.
     * @param [p] Properties to set
     */
    constructor(p?: RoomEvent.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RoomEvent started. */
    started?: (SubscriptionStarted.$Properties|null);

    /** RoomEvent note. */
    note?: (Note.$Properties|null);

    /** RoomEvent event. */
    event?: ("started"|"note");

    /**
     * Creates a new RoomEvent instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RoomEvent instance
     */
    static create(properties: RoomEvent.$Shape): RoomEvent & RoomEvent.$Shape;
    static create(properties?: RoomEvent.$Properties): RoomEvent;

    /**
     * Encodes the specified RoomEvent message. Does not implicitly {@link RoomEvent.verify|verify} messages.
     * @param m RoomEvent message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: RoomEvent.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RoomEvent message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {RoomEvent & RoomEvent.$Shape} RoomEvent
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): RoomEvent & RoomEvent.$Shape;

    /**
     * Gets the type url for RoomEvent
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RoomEvent {

    /** Properties of a RoomEvent. */
    interface $Properties {

        /** RoomEvent started */
        started?: (SubscriptionStarted.$Properties|null);

        /** RoomEvent note */
        note?: (Note.$Properties|null);

        /** RoomEvent event */
        event?: ("started"|"note");

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Narrowed shape of a RoomEvent. */
    type $Shape = {
      started?: SubscriptionStarted.$Shape|null;
      note?: Note.$Shape|null;
      $unknowns?: Uint8Array[];
    } & (
      ({ event?: undefined; started?: null; note?: null }|{ event?: "started"; started: SubscriptionStarted.$Shape; note?: null }|{ event?: "note"; started?: null; note: Note.$Shape })
    );
}

/**
 * Properties of a HistoryRequest.
 * @deprecated Use HistoryRequest.$Properties instead.
 */
export interface IHistoryRequest extends HistoryRequest.$Properties {
}

/** Represents a HistoryRequest. */
export class HistoryRequest {

    /**
     * Constructs a new HistoryRequest.
     * @param [p] Properties to set
     */
    constructor(p?: HistoryRequest.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** HistoryRequest room. */
    room: string;

    /** HistoryRequest beforeSeq. */
    beforeSeq: number;

    /** HistoryRequest limit. */
    limit: number;

    /**
     * Creates a new HistoryRequest instance using the specified properties.
     * @param [properties] Properties to set
     * @returns HistoryRequest instance
     */
    static create(properties: HistoryRequest.$Shape): HistoryRequest & HistoryRequest.$Shape;
    static create(properties?: HistoryRequest.$Properties): HistoryRequest;

    /**
     * Encodes the specified HistoryRequest message. Does not implicitly {@link HistoryRequest.verify|verify} messages.
     * @param m HistoryRequest message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: HistoryRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a HistoryRequest message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {HistoryRequest & HistoryRequest.$Shape} HistoryRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): HistoryRequest & HistoryRequest.$Shape;

    /**
     * Gets the type url for HistoryRequest
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace HistoryRequest {

    /** Properties of a HistoryRequest. */
    interface $Properties {

        /** HistoryRequest room */
        room?: (string|null);

        /** HistoryRequest beforeSeq */
        beforeSeq?: (number|null);

        /** HistoryRequest limit */
        limit?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a HistoryRequest. */
    type $Shape = HistoryRequest.$Properties;
}

/**
 * Properties of a HistoryPage.
 * @deprecated Use HistoryPage.$Properties instead.
 */
export interface IHistoryPage extends HistoryPage.$Properties {
}

/** Represents a HistoryPage. */
export class HistoryPage {

    /**
     * Constructs a new HistoryPage.
     * @param [p] Properties to set
     */
    constructor(p?: HistoryPage.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** HistoryPage room. */
    room: string;

    /** HistoryPage notes. */
    notes: Note.$Properties[];

    /** HistoryPage hasMore. */
    hasMore: boolean;

    /** HistoryPage epoch. */
    epoch: string;

    /**
     * Creates a new HistoryPage instance using the specified properties.
     * @param [properties] Properties to set
     * @returns HistoryPage instance
     */
    static create(properties: HistoryPage.$Shape): HistoryPage & HistoryPage.$Shape;
    static create(properties?: HistoryPage.$Properties): HistoryPage;

    /**
     * Encodes the specified HistoryPage message. Does not implicitly {@link HistoryPage.verify|verify} messages.
     * @param m HistoryPage message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: HistoryPage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a HistoryPage message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {HistoryPage & HistoryPage.$Shape} HistoryPage
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): HistoryPage & HistoryPage.$Shape;

    /**
     * Gets the type url for HistoryPage
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace HistoryPage {

    /** Properties of a HistoryPage. */
    interface $Properties {

        /** HistoryPage room */
        room?: (string|null);

        /** HistoryPage notes */
        notes?: (Note.$Properties[]|null);

        /** HistoryPage hasMore */
        hasMore?: (boolean|null);

        /** HistoryPage epoch */
        epoch?: (string|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a HistoryPage. */
    type $Shape = HistoryPage.$Properties;
}

/**
 * Properties of a ListRoomsRequest.
 * @deprecated Use ListRoomsRequest.$Properties instead.
 */
export interface IListRoomsRequest extends ListRoomsRequest.$Properties {
}

/** Represents a ListRoomsRequest. */
export class ListRoomsRequest {

    /**
     * Constructs a new ListRoomsRequest.
     * @param [p] Properties to set
     */
    constructor(p?: ListRoomsRequest.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** ListRoomsRequest rooms. */
    rooms: string[];

    /**
     * Creates a new ListRoomsRequest instance using the specified properties.
     * @param [properties] Properties to set
     * @returns ListRoomsRequest instance
     */
    static create(properties: ListRoomsRequest.$Shape): ListRoomsRequest & ListRoomsRequest.$Shape;
    static create(properties?: ListRoomsRequest.$Properties): ListRoomsRequest;

    /**
     * Encodes the specified ListRoomsRequest message. Does not implicitly {@link ListRoomsRequest.verify|verify} messages.
     * @param m ListRoomsRequest message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: ListRoomsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a ListRoomsRequest message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {ListRoomsRequest & ListRoomsRequest.$Shape} ListRoomsRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): ListRoomsRequest & ListRoomsRequest.$Shape;

    /**
     * Gets the type url for ListRoomsRequest
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace ListRoomsRequest {

    /** Properties of a ListRoomsRequest. */
    interface $Properties {

        /** ListRoomsRequest rooms */
        rooms?: (string[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a ListRoomsRequest. */
    type $Shape = ListRoomsRequest.$Properties;
}

/**
 * Properties of a RoomInfo.
 * @deprecated Use RoomInfo.$Properties instead.
 */
export interface IRoomInfo extends RoomInfo.$Properties {
}

/** Represents a RoomInfo. */
export class RoomInfo {

    /**
     * Constructs a new RoomInfo.
     * @param [p] Properties to set
     */
    constructor(p?: RoomInfo.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RoomInfo name. */
    name: string;

    /** RoomInfo lastSeq. */
    lastSeq: number;

    /** RoomInfo epoch. */
    epoch: string;

    /** RoomInfo present. */
    present: string[];

    /** RoomInfo lastActivityMs. */
    lastActivityMs: number;

    /** RoomInfo kind. */
    kind: RoomKind;

    /** RoomInfo memberCount. */
    memberCount: number;

    /** RoomInfo lastReadSeq. */
    lastReadSeq: number;

    /** RoomInfo unreadCount. */
    unreadCount: number;

    /** RoomInfo mentionCount. */
    mentionCount: number;

    /** RoomInfo peer. */
    peer: string;

    /**
     * Creates a new RoomInfo instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RoomInfo instance
     */
    static create(properties: RoomInfo.$Shape): RoomInfo & RoomInfo.$Shape;
    static create(properties?: RoomInfo.$Properties): RoomInfo;

    /**
     * Encodes the specified RoomInfo message. Does not implicitly {@link RoomInfo.verify|verify} messages.
     * @param m RoomInfo message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: RoomInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RoomInfo message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {RoomInfo & RoomInfo.$Shape} RoomInfo
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): RoomInfo & RoomInfo.$Shape;

    /**
     * Gets the type url for RoomInfo
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RoomInfo {

    /** Properties of a RoomInfo. */
    interface $Properties {

        /** RoomInfo name */
        name?: (string|null);

        /** RoomInfo lastSeq */
        lastSeq?: (number|null);

        /** RoomInfo epoch */
        epoch?: (string|null);

        /** RoomInfo present */
        present?: (string[]|null);

        /** RoomInfo lastActivityMs */
        lastActivityMs?: (number|null);

        /** RoomInfo kind */
        kind?: (RoomKind|null);

        /** RoomInfo memberCount */
        memberCount?: (number|null);

        /** RoomInfo lastReadSeq */
        lastReadSeq?: (number|null);

        /** RoomInfo unreadCount */
        unreadCount?: (number|null);

        /** RoomInfo mentionCount */
        mentionCount?: (number|null);

        /** RoomInfo peer */
        peer?: (string|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RoomInfo. */
    type $Shape = RoomInfo.$Properties;
}

/** RoomKind enum. */
export enum RoomKind {

    /** ROOM_KIND_PUBLIC value */
    ROOM_KIND_PUBLIC = 0,

    /** ROOM_KIND_PRIVATE value */
    ROOM_KIND_PRIVATE = 1,

    /** ROOM_KIND_DIRECT value */
    ROOM_KIND_DIRECT = 2
}

/**
 * Properties of a RoomList.
 * @deprecated Use RoomList.$Properties instead.
 */
export interface IRoomList extends RoomList.$Properties {
}

/** Represents a RoomList. */
export class RoomList {

    /**
     * Constructs a new RoomList.
     * @param [p] Properties to set
     */
    constructor(p?: RoomList.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RoomList rooms. */
    rooms: RoomInfo.$Properties[];

    /**
     * Creates a new RoomList instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RoomList instance
     */
    static create(properties: RoomList.$Shape): RoomList & RoomList.$Shape;
    static create(properties?: RoomList.$Properties): RoomList;

    /**
     * Encodes the specified RoomList message. Does not implicitly {@link RoomList.verify|verify} messages.
     * @param m RoomList message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: RoomList.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RoomList message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {RoomList & RoomList.$Shape} RoomList
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): RoomList & RoomList.$Shape;

    /**
     * Gets the type url for RoomList
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RoomList {

    /** Properties of a RoomList. */
    interface $Properties {

        /** RoomList rooms */
        rooms?: (RoomInfo.$Properties[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RoomList. */
    type $Shape = RoomList.$Properties;
}

/** PresenceState enum. */
export enum PresenceState {

    /** PRESENCE_STATE_JOINED value */
    PRESENCE_STATE_JOINED = 0,

    /** PRESENCE_STATE_LEFT value */
    PRESENCE_STATE_LEFT = 1,

    /** PRESENCE_STATE_TYPING value */
    PRESENCE_STATE_TYPING = 2
}

/**
 * Properties of a PresenceUpdate.
 * @deprecated Use PresenceUpdate.$Properties instead.
 */
export interface IPresenceUpdate extends PresenceUpdate.$Properties {
}

/** Represents a PresenceUpdate. */
export class PresenceUpdate {

    /**
     * Constructs a new PresenceUpdate.
     * @param [p] Properties to set
     */
    constructor(p?: PresenceUpdate.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** PresenceUpdate room. */
    room: string;

    /** PresenceUpdate state. */
    state: PresenceState;

    /** PresenceUpdate holderId. */
    holderId: string;

    /** PresenceUpdate ttlSeconds. */
    ttlSeconds: number;

    /**
     * Creates a new PresenceUpdate instance using the specified properties.
     * @param [properties] Properties to set
     * @returns PresenceUpdate instance
     */
    static create(properties: PresenceUpdate.$Shape): PresenceUpdate & PresenceUpdate.$Shape;
    static create(properties?: PresenceUpdate.$Properties): PresenceUpdate;

    /**
     * Encodes the specified PresenceUpdate message. Does not implicitly {@link PresenceUpdate.verify|verify} messages.
     * @param m PresenceUpdate message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: PresenceUpdate.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a PresenceUpdate message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {PresenceUpdate & PresenceUpdate.$Shape} PresenceUpdate
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): PresenceUpdate & PresenceUpdate.$Shape;

    /**
     * Gets the type url for PresenceUpdate
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace PresenceUpdate {

    /** Properties of a PresenceUpdate. */
    interface $Properties {

        /** PresenceUpdate room */
        room?: (string|null);

        /** PresenceUpdate state */
        state?: (PresenceState|null);

        /** PresenceUpdate holderId */
        holderId?: (string|null);

        /** PresenceUpdate ttlSeconds */
        ttlSeconds?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a PresenceUpdate. */
    type $Shape = PresenceUpdate.$Properties;
}

/**
 * Properties of a CreateRoomRequest.
 * @deprecated Use CreateRoomRequest.$Properties instead.
 */
export interface ICreateRoomRequest extends CreateRoomRequest.$Properties {
}

/** Represents a CreateRoomRequest. */
export class CreateRoomRequest {

    /**
     * Constructs a new CreateRoomRequest.
     * @param [p] Properties to set
     */
    constructor(p?: CreateRoomRequest.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** CreateRoomRequest room. */
    room: string;

    /** CreateRoomRequest kind. */
    kind: RoomKind;

    /** CreateRoomRequest members. */
    members: string[];

    /**
     * Creates a new CreateRoomRequest instance using the specified properties.
     * @param [properties] Properties to set
     * @returns CreateRoomRequest instance
     */
    static create(properties: CreateRoomRequest.$Shape): CreateRoomRequest & CreateRoomRequest.$Shape;
    static create(properties?: CreateRoomRequest.$Properties): CreateRoomRequest;

    /**
     * Encodes the specified CreateRoomRequest message. Does not implicitly {@link CreateRoomRequest.verify|verify} messages.
     * @param m CreateRoomRequest message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: CreateRoomRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a CreateRoomRequest message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {CreateRoomRequest & CreateRoomRequest.$Shape} CreateRoomRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): CreateRoomRequest & CreateRoomRequest.$Shape;

    /**
     * Gets the type url for CreateRoomRequest
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace CreateRoomRequest {

    /** Properties of a CreateRoomRequest. */
    interface $Properties {

        /** CreateRoomRequest room */
        room?: (string|null);

        /** CreateRoomRequest kind */
        kind?: (RoomKind|null);

        /** CreateRoomRequest members */
        members?: (string[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a CreateRoomRequest. */
    type $Shape = CreateRoomRequest.$Properties;
}

/**
 * Properties of an OpenDirectRequest.
 * @deprecated Use OpenDirectRequest.$Properties instead.
 */
export interface IOpenDirectRequest extends OpenDirectRequest.$Properties {
}

/** Represents an OpenDirectRequest. */
export class OpenDirectRequest {

    /**
     * Constructs a new OpenDirectRequest.
     * @param [p] Properties to set
     */
    constructor(p?: OpenDirectRequest.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** OpenDirectRequest peer. */
    peer: string;

    /**
     * Creates a new OpenDirectRequest instance using the specified properties.
     * @param [properties] Properties to set
     * @returns OpenDirectRequest instance
     */
    static create(properties: OpenDirectRequest.$Shape): OpenDirectRequest & OpenDirectRequest.$Shape;
    static create(properties?: OpenDirectRequest.$Properties): OpenDirectRequest;

    /**
     * Encodes the specified OpenDirectRequest message. Does not implicitly {@link OpenDirectRequest.verify|verify} messages.
     * @param m OpenDirectRequest message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: OpenDirectRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes an OpenDirectRequest message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {OpenDirectRequest & OpenDirectRequest.$Shape} OpenDirectRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): OpenDirectRequest & OpenDirectRequest.$Shape;

    /**
     * Gets the type url for OpenDirectRequest
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace OpenDirectRequest {

    /** Properties of an OpenDirectRequest. */
    interface $Properties {

        /** OpenDirectRequest peer */
        peer?: (string|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of an OpenDirectRequest. */
    type $Shape = OpenDirectRequest.$Properties;
}

/**
 * Properties of a MemberRequest.
 * @deprecated Use MemberRequest.$Properties instead.
 */
export interface IMemberRequest extends MemberRequest.$Properties {
}

/** Represents a MemberRequest. */
export class MemberRequest {

    /**
     * Constructs a new MemberRequest.
     * @param [p] Properties to set
     */
    constructor(p?: MemberRequest.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** MemberRequest room. */
    room: string;

    /** MemberRequest username. */
    username: string;

    /**
     * Creates a new MemberRequest instance using the specified properties.
     * @param [properties] Properties to set
     * @returns MemberRequest instance
     */
    static create(properties: MemberRequest.$Shape): MemberRequest & MemberRequest.$Shape;
    static create(properties?: MemberRequest.$Properties): MemberRequest;

    /**
     * Encodes the specified MemberRequest message. Does not implicitly {@link MemberRequest.verify|verify} messages.
     * @param m MemberRequest message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: MemberRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a MemberRequest message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {MemberRequest & MemberRequest.$Shape} MemberRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): MemberRequest & MemberRequest.$Shape;

    /**
     * Gets the type url for MemberRequest
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace MemberRequest {

    /** Properties of a MemberRequest. */
    interface $Properties {

        /** MemberRequest room */
        room?: (string|null);

        /** MemberRequest username */
        username?: (string|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a MemberRequest. */
    type $Shape = MemberRequest.$Properties;
}

/**
 * Properties of a RoomRequest.
 * @deprecated Use RoomRequest.$Properties instead.
 */
export interface IRoomRequest extends RoomRequest.$Properties {
}

/** Represents a RoomRequest. */
export class RoomRequest {

    /**
     * Constructs a new RoomRequest.
     * @param [p] Properties to set
     */
    constructor(p?: RoomRequest.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RoomRequest room. */
    room: string;

    /**
     * Creates a new RoomRequest instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RoomRequest instance
     */
    static create(properties: RoomRequest.$Shape): RoomRequest & RoomRequest.$Shape;
    static create(properties?: RoomRequest.$Properties): RoomRequest;

    /**
     * Encodes the specified RoomRequest message. Does not implicitly {@link RoomRequest.verify|verify} messages.
     * @param m RoomRequest message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: RoomRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RoomRequest message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {RoomRequest & RoomRequest.$Shape} RoomRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): RoomRequest & RoomRequest.$Shape;

    /**
     * Gets the type url for RoomRequest
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RoomRequest {

    /** Properties of a RoomRequest. */
    interface $Properties {

        /** RoomRequest room */
        room?: (string|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RoomRequest. */
    type $Shape = RoomRequest.$Properties;
}

/**
 * Properties of a MemberList.
 * @deprecated Use MemberList.$Properties instead.
 */
export interface IMemberList extends MemberList.$Properties {
}

/** Represents a MemberList. */
export class MemberList {

    /**
     * Constructs a new MemberList.
     * @param [p] Properties to set
     */
    constructor(p?: MemberList.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** MemberList room. */
    room: string;

    /** MemberList members. */
    members: string[];

    /** MemberList kind. */
    kind: RoomKind;

    /**
     * Creates a new MemberList instance using the specified properties.
     * @param [properties] Properties to set
     * @returns MemberList instance
     */
    static create(properties: MemberList.$Shape): MemberList & MemberList.$Shape;
    static create(properties?: MemberList.$Properties): MemberList;

    /**
     * Encodes the specified MemberList message. Does not implicitly {@link MemberList.verify|verify} messages.
     * @param m MemberList message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: MemberList.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a MemberList message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {MemberList & MemberList.$Shape} MemberList
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): MemberList & MemberList.$Shape;

    /**
     * Gets the type url for MemberList
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace MemberList {

    /** Properties of a MemberList. */
    interface $Properties {

        /** MemberList room */
        room?: (string|null);

        /** MemberList members */
        members?: (string[]|null);

        /** MemberList kind */
        kind?: (RoomKind|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a MemberList. */
    type $Shape = MemberList.$Properties;
}

/**
 * Properties of a BrowseRoomsRequest.
 * @deprecated Use BrowseRoomsRequest.$Properties instead.
 */
export interface IBrowseRoomsRequest extends BrowseRoomsRequest.$Properties {
}

/** Represents a BrowseRoomsRequest. */
export class BrowseRoomsRequest {

    /**
     * Constructs a new BrowseRoomsRequest.
     * @param [p] Properties to set
     */
    constructor(p?: BrowseRoomsRequest.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** BrowseRoomsRequest query. */
    query: string;

    /** BrowseRoomsRequest after. */
    after: string;

    /** BrowseRoomsRequest limit. */
    limit: number;

    /**
     * Creates a new BrowseRoomsRequest instance using the specified properties.
     * @param [properties] Properties to set
     * @returns BrowseRoomsRequest instance
     */
    static create(properties: BrowseRoomsRequest.$Shape): BrowseRoomsRequest & BrowseRoomsRequest.$Shape;
    static create(properties?: BrowseRoomsRequest.$Properties): BrowseRoomsRequest;

    /**
     * Encodes the specified BrowseRoomsRequest message. Does not implicitly {@link BrowseRoomsRequest.verify|verify} messages.
     * @param m BrowseRoomsRequest message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: BrowseRoomsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a BrowseRoomsRequest message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {BrowseRoomsRequest & BrowseRoomsRequest.$Shape} BrowseRoomsRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): BrowseRoomsRequest & BrowseRoomsRequest.$Shape;

    /**
     * Gets the type url for BrowseRoomsRequest
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace BrowseRoomsRequest {

    /** Properties of a BrowseRoomsRequest. */
    interface $Properties {

        /** BrowseRoomsRequest query */
        query?: (string|null);

        /** BrowseRoomsRequest after */
        after?: (string|null);

        /** BrowseRoomsRequest limit */
        limit?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a BrowseRoomsRequest. */
    type $Shape = BrowseRoomsRequest.$Properties;
}

/**
 * Properties of a RoomDirectory.
 * @deprecated Use RoomDirectory.$Properties instead.
 */
export interface IRoomDirectory extends RoomDirectory.$Properties {
}

/** Represents a RoomDirectory. */
export class RoomDirectory {

    /**
     * Constructs a new RoomDirectory.
     * @param [p] Properties to set
     */
    constructor(p?: RoomDirectory.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RoomDirectory rooms. */
    rooms: RoomInfo.$Properties[];

    /** RoomDirectory nextAfter. */
    nextAfter: string;

    /**
     * Creates a new RoomDirectory instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RoomDirectory instance
     */
    static create(properties: RoomDirectory.$Shape): RoomDirectory & RoomDirectory.$Shape;
    static create(properties?: RoomDirectory.$Properties): RoomDirectory;

    /**
     * Encodes the specified RoomDirectory message. Does not implicitly {@link RoomDirectory.verify|verify} messages.
     * @param m RoomDirectory message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: RoomDirectory.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RoomDirectory message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {RoomDirectory & RoomDirectory.$Shape} RoomDirectory
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): RoomDirectory & RoomDirectory.$Shape;

    /**
     * Gets the type url for RoomDirectory
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RoomDirectory {

    /** Properties of a RoomDirectory. */
    interface $Properties {

        /** RoomDirectory rooms */
        rooms?: (RoomInfo.$Properties[]|null);

        /** RoomDirectory nextAfter */
        nextAfter?: (string|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RoomDirectory. */
    type $Shape = RoomDirectory.$Properties;
}

/**
 * Properties of a MarkReadRequest.
 * @deprecated Use MarkReadRequest.$Properties instead.
 */
export interface IMarkReadRequest extends MarkReadRequest.$Properties {
}

/** Represents a MarkReadRequest. */
export class MarkReadRequest {

    /**
     * Constructs a new MarkReadRequest.
     * @param [p] Properties to set
     */
    constructor(p?: MarkReadRequest.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** MarkReadRequest room. */
    room: string;

    /** MarkReadRequest seq. */
    seq: number;

    /**
     * Creates a new MarkReadRequest instance using the specified properties.
     * @param [properties] Properties to set
     * @returns MarkReadRequest instance
     */
    static create(properties: MarkReadRequest.$Shape): MarkReadRequest & MarkReadRequest.$Shape;
    static create(properties?: MarkReadRequest.$Properties): MarkReadRequest;

    /**
     * Encodes the specified MarkReadRequest message. Does not implicitly {@link MarkReadRequest.verify|verify} messages.
     * @param m MarkReadRequest message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: MarkReadRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a MarkReadRequest message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {MarkReadRequest & MarkReadRequest.$Shape} MarkReadRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): MarkReadRequest & MarkReadRequest.$Shape;

    /**
     * Gets the type url for MarkReadRequest
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace MarkReadRequest {

    /** Properties of a MarkReadRequest. */
    interface $Properties {

        /** MarkReadRequest room */
        room?: (string|null);

        /** MarkReadRequest seq */
        seq?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a MarkReadRequest. */
    type $Shape = MarkReadRequest.$Properties;
}

/**
 * Properties of a ReadState.
 * @deprecated Use ReadState.$Properties instead.
 */
export interface IReadState extends ReadState.$Properties {
}

/** Represents a ReadState. */
export class ReadState {

    /**
     * Constructs a new ReadState.
     * @param [p] Properties to set
     */
    constructor(p?: ReadState.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** ReadState room. */
    room: string;

    /** ReadState lastReadSeq. */
    lastReadSeq: number;

    /**
     * Creates a new ReadState instance using the specified properties.
     * @param [properties] Properties to set
     * @returns ReadState instance
     */
    static create(properties: ReadState.$Shape): ReadState & ReadState.$Shape;
    static create(properties?: ReadState.$Properties): ReadState;

    /**
     * Encodes the specified ReadState message. Does not implicitly {@link ReadState.verify|verify} messages.
     * @param m ReadState message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: ReadState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a ReadState message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {ReadState & ReadState.$Shape} ReadState
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): ReadState & ReadState.$Shape;

    /**
     * Gets the type url for ReadState
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace ReadState {

    /** Properties of a ReadState. */
    interface $Properties {

        /** ReadState room */
        room?: (string|null);

        /** ReadState lastReadSeq */
        lastReadSeq?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a ReadState. */
    type $Shape = ReadState.$Properties;
}

/**
 * Properties of an EditNoteRequest.
 * @deprecated Use EditNoteRequest.$Properties instead.
 */
export interface IEditNoteRequest extends EditNoteRequest.$Properties {
}

/** Represents an EditNoteRequest. */
export class EditNoteRequest {

    /**
     * Constructs a new EditNoteRequest.
     * @param [p] Properties to set
     */
    constructor(p?: EditNoteRequest.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** EditNoteRequest room. */
    room: string;

    /** EditNoteRequest seq. */
    seq: number;

    /** EditNoteRequest message. */
    message: string;

    /**
     * Creates a new EditNoteRequest instance using the specified properties.
     * @param [properties] Properties to set
     * @returns EditNoteRequest instance
     */
    static create(properties: EditNoteRequest.$Shape): EditNoteRequest & EditNoteRequest.$Shape;
    static create(properties?: EditNoteRequest.$Properties): EditNoteRequest;

    /**
     * Encodes the specified EditNoteRequest message. Does not implicitly {@link EditNoteRequest.verify|verify} messages.
     * @param m EditNoteRequest message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: EditNoteRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes an EditNoteRequest message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {EditNoteRequest & EditNoteRequest.$Shape} EditNoteRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): EditNoteRequest & EditNoteRequest.$Shape;

    /**
     * Gets the type url for EditNoteRequest
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace EditNoteRequest {

    /** Properties of an EditNoteRequest. */
    interface $Properties {

        /** EditNoteRequest room */
        room?: (string|null);

        /** EditNoteRequest seq */
        seq?: (number|null);

        /** EditNoteRequest message */
        message?: (string|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of an EditNoteRequest. */
    type $Shape = EditNoteRequest.$Properties;
}

/**
 * Properties of a DeleteNoteRequest.
 * @deprecated Use DeleteNoteRequest.$Properties instead.
 */
export interface IDeleteNoteRequest extends DeleteNoteRequest.$Properties {
}

/** Represents a DeleteNoteRequest. */
export class DeleteNoteRequest {

    /**
     * Constructs a new DeleteNoteRequest.
     * @param [p] Properties to set
     */
    constructor(p?: DeleteNoteRequest.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** DeleteNoteRequest room. */
    room: string;

    /** DeleteNoteRequest seq. */
    seq: number;

    /**
     * Creates a new DeleteNoteRequest instance using the specified properties.
     * @param [properties] Properties to set
     * @returns DeleteNoteRequest instance
     */
    static create(properties: DeleteNoteRequest.$Shape): DeleteNoteRequest & DeleteNoteRequest.$Shape;
    static create(properties?: DeleteNoteRequest.$Properties): DeleteNoteRequest;

    /**
     * Encodes the specified DeleteNoteRequest message. Does not implicitly {@link DeleteNoteRequest.verify|verify} messages.
     * @param m DeleteNoteRequest message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: DeleteNoteRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a DeleteNoteRequest message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {DeleteNoteRequest & DeleteNoteRequest.$Shape} DeleteNoteRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): DeleteNoteRequest & DeleteNoteRequest.$Shape;

    /**
     * Gets the type url for DeleteNoteRequest
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace DeleteNoteRequest {

    /** Properties of a DeleteNoteRequest. */
    interface $Properties {

        /** DeleteNoteRequest room */
        room?: (string|null);

        /** DeleteNoteRequest seq */
        seq?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a DeleteNoteRequest. */
    type $Shape = DeleteNoteRequest.$Properties;
}

/**
 * Properties of a ChangePasswordRequest.
 * @deprecated Use ChangePasswordRequest.$Properties instead.
 */
export interface IChangePasswordRequest extends ChangePasswordRequest.$Properties {
}

/** Represents a ChangePasswordRequest. */
export class ChangePasswordRequest {

    /**
     * Constructs a new ChangePasswordRequest.
     * @param [p] Properties to set
     */
    constructor(p?: ChangePasswordRequest.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** ChangePasswordRequest currentPassword. */
    currentPassword: string;

    /** ChangePasswordRequest newPassword. */
    newPassword: string;

    /**
     * Creates a new ChangePasswordRequest instance using the specified properties.
     * @param [properties] Properties to set
     * @returns ChangePasswordRequest instance
     */
    static create(properties: ChangePasswordRequest.$Shape): ChangePasswordRequest & ChangePasswordRequest.$Shape;
    static create(properties?: ChangePasswordRequest.$Properties): ChangePasswordRequest;

    /**
     * Encodes the specified ChangePasswordRequest message. Does not implicitly {@link ChangePasswordRequest.verify|verify} messages.
     * @param m ChangePasswordRequest message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: ChangePasswordRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a ChangePasswordRequest message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {ChangePasswordRequest & ChangePasswordRequest.$Shape} ChangePasswordRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): ChangePasswordRequest & ChangePasswordRequest.$Shape;

    /**
     * Gets the type url for ChangePasswordRequest
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace ChangePasswordRequest {

    /** Properties of a ChangePasswordRequest. */
    interface $Properties {

        /** ChangePasswordRequest currentPassword */
        currentPassword?: (string|null);

        /** ChangePasswordRequest newPassword */
        newPassword?: (string|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a ChangePasswordRequest. */
    type $Shape = ChangePasswordRequest.$Properties;
}

/**
 * Properties of a DeleteAccountRequest.
 * @deprecated Use DeleteAccountRequest.$Properties instead.
 */
export interface IDeleteAccountRequest extends DeleteAccountRequest.$Properties {
}

/** Represents a DeleteAccountRequest. */
export class DeleteAccountRequest {

    /**
     * Constructs a new DeleteAccountRequest.
     * @param [p] Properties to set
     */
    constructor(p?: DeleteAccountRequest.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** DeleteAccountRequest password. */
    password: string;

    /**
     * Creates a new DeleteAccountRequest instance using the specified properties.
     * @param [properties] Properties to set
     * @returns DeleteAccountRequest instance
     */
    static create(properties: DeleteAccountRequest.$Shape): DeleteAccountRequest & DeleteAccountRequest.$Shape;
    static create(properties?: DeleteAccountRequest.$Properties): DeleteAccountRequest;

    /**
     * Encodes the specified DeleteAccountRequest message. Does not implicitly {@link DeleteAccountRequest.verify|verify} messages.
     * @param m DeleteAccountRequest message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: DeleteAccountRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a DeleteAccountRequest message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {DeleteAccountRequest & DeleteAccountRequest.$Shape} DeleteAccountRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): DeleteAccountRequest & DeleteAccountRequest.$Shape;

    /**
     * Gets the type url for DeleteAccountRequest
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace DeleteAccountRequest {

    /** Properties of a DeleteAccountRequest. */
    interface $Properties {

        /** DeleteAccountRequest password */
        password?: (string|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a DeleteAccountRequest. */
    type $Shape = DeleteAccountRequest.$Properties;
}

/**
 * Properties of a ServerSettings.
 * @deprecated Use ServerSettings.$Properties instead.
 */
export interface IServerSettings extends ServerSettings.$Properties {
}

/** Represents a ServerSettings. */
export class ServerSettings {

    /**
     * Constructs a new ServerSettings.
     * @param [p] Properties to set
     */
    constructor(p?: ServerSettings.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** ServerSettings maxMessageChars. */
    maxMessageChars: number;

    /** ServerSettings allowSignup. */
    allowSignup: boolean;

    /**
     * Creates a new ServerSettings instance using the specified properties.
     * @param [properties] Properties to set
     * @returns ServerSettings instance
     */
    static create(properties: ServerSettings.$Shape): ServerSettings & ServerSettings.$Shape;
    static create(properties?: ServerSettings.$Properties): ServerSettings;

    /**
     * Encodes the specified ServerSettings message. Does not implicitly {@link ServerSettings.verify|verify} messages.
     * @param m ServerSettings message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: ServerSettings.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a ServerSettings message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {ServerSettings & ServerSettings.$Shape} ServerSettings
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): ServerSettings & ServerSettings.$Shape;

    /**
     * Gets the type url for ServerSettings
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace ServerSettings {

    /** Properties of a ServerSettings. */
    interface $Properties {

        /** ServerSettings maxMessageChars */
        maxMessageChars?: (number|null);

        /** ServerSettings allowSignup */
        allowSignup?: (boolean|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a ServerSettings. */
    type $Shape = ServerSettings.$Properties;
}

/**
 * Properties of a SendStreamRequest.
 * @deprecated Use SendStreamRequest.$Properties instead.
 */
export interface ISendStreamRequest extends SendStreamRequest.$Properties {
}

/** Represents a SendStreamRequest. */
export class SendStreamRequest {

    /**
     * Constructs a new SendStreamRequest.
     * @param [p] Properties to set
     */
    constructor(p?: SendStreamRequest.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** SendStreamRequest requestId. */
    requestId: number;

    /** SendStreamRequest token. */
    token: string;

    /** SendStreamRequest note. */
    note?: (Note.$Properties|null);

    /** SendStreamRequest presence. */
    presence?: (PresenceUpdate.$Properties|null);

    /** SendStreamRequest action. */
    action?: ("note"|"presence");

    /**
     * Creates a new SendStreamRequest instance using the specified properties.
     * @param [properties] Properties to set
     * @returns SendStreamRequest instance
     */
    static create(properties: SendStreamRequest.$Shape): SendStreamRequest & SendStreamRequest.$Shape;
    static create(properties?: SendStreamRequest.$Properties): SendStreamRequest;

    /**
     * Encodes the specified SendStreamRequest message. Does not implicitly {@link SendStreamRequest.verify|verify} messages.
     * @param m SendStreamRequest message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: SendStreamRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a SendStreamRequest message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {SendStreamRequest & SendStreamRequest.$Shape} SendStreamRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SendStreamRequest & SendStreamRequest.$Shape;

    /**
     * Gets the type url for SendStreamRequest
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace SendStreamRequest {

    /** Properties of a SendStreamRequest. */
    interface $Properties {

        /** SendStreamRequest requestId */
        requestId?: (number|null);

        /** SendStreamRequest token */
        token?: (string|null);

        /** SendStreamRequest note */
        note?: (Note.$Properties|null);

        /** SendStreamRequest presence */
        presence?: (PresenceUpdate.$Properties|null);

        /** SendStreamRequest action */
        action?: ("note"|"presence");

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Narrowed shape of a SendStreamRequest. */
    type $Shape = {
      requestId?: number|null;
      token?: string|null;
      note?: Note.$Shape|null;
      presence?: PresenceUpdate.$Shape|null;
      $unknowns?: Uint8Array[];
    } & (
      ({ action?: undefined; note?: null; presence?: null }|{ action?: "note"; note: Note.$Shape; presence?: null }|{ action?: "presence"; note?: null; presence: PresenceUpdate.$Shape })
    );
}

/**
 * Properties of a SendStreamResult.
 * @deprecated Use SendStreamResult.$Properties instead.
 */
export interface ISendStreamResult extends SendStreamResult.$Properties {
}

/** Represents a SendStreamResult. */
export class SendStreamResult {

    /**
     * Constructs a new SendStreamResult.
     * @param [p] Properties to set
     */
    constructor(p?: SendStreamResult.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** SendStreamResult requestId. */
    requestId: number;

    /** SendStreamResult code. */
    code: number;

    /** SendStreamResult details. */
    details: string;

    /**
     * Creates a new SendStreamResult instance using the specified properties.
     * @param [properties] Properties to set
     * @returns SendStreamResult instance
     */
    static create(properties: SendStreamResult.$Shape): SendStreamResult & SendStreamResult.$Shape;
    static create(properties?: SendStreamResult.$Properties): SendStreamResult;

    /**
     * Encodes the specified SendStreamResult message. Does not implicitly {@link SendStreamResult.verify|verify} messages.
     * @param m SendStreamResult message or plain object to encode
     * @param [w] Writer to encode to
     * @returns Writer
     */
    static encode(m: SendStreamResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a SendStreamResult message from the specified reader or buffer.
     * @param r Reader or buffer to decode from
     * @param [l] Message length if known beforehand
     * @returns {SendStreamResult & SendStreamResult.$Shape} SendStreamResult
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SendStreamResult & SendStreamResult.$Shape;

    /**
     * Gets the type url for SendStreamResult
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace SendStreamResult {

    /** Properties of a SendStreamResult. */
    interface $Properties {

        /** SendStreamResult requestId */
        requestId?: (number|null);

        /** SendStreamResult code */
        code?: (number|null);

        /** SendStreamResult details */
        details?: (string|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a SendStreamResult. */
    type $Shape = SendStreamResult.$Properties;
}

/** Represents an AuthService */
export class AuthService extends $protobuf.rpc.Service {

    /**
     * Constructs a new AuthService service.
     * @param rpcImpl RPC implementation
     * @param [requestDelimited=false] Whether requests are length-delimited
     * @param [responseDelimited=false] Whether responses are length-delimited
     */
    constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

    /**
     * Creates new AuthService service using the specified rpc implementation.
     * @param rpcImpl RPC implementation
     * @param [requestDelimited=false] Whether requests are length-delimited
     * @param [responseDelimited=false] Whether responses are length-delimited
     * @returns RPC service. Useful where requests and/or responses are streamed.
     */
    static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): AuthService;

    /** Calls AuthenticateUser. */
    authenticateUser: AuthService.AuthenticateUser;

    /** Calls RegisterUser. */
    registerUser: AuthService.RegisterUser;

    /** Calls RefreshToken. */
    refreshToken: AuthService.RefreshToken;

    /** Calls RevokeTokens. */
    revokeTokens: AuthService.RevokeTokens;

    /** Calls ChangePassword. */
    changePassword: AuthService.ChangePassword;

    /** Calls DeleteAccount. */
    deleteAccount: AuthService.DeleteAccount;

    /** Calls CheckToken. */
    checkToken: AuthService.CheckToken;

    /** Calls GetSettings. */
    getSettings: AuthService.GetSettings;
}

export namespace AuthService {

    /**
     * Callback as used by {@link AuthService#authenticateUser}.
     * @param error Error, if any
     * @param [response] LoginResponse
     */
    type AuthenticateUserCallback = (error: (Error|null), response?: LoginResponse) => void;

    /** Calls AuthenticateUser. */
    type AuthenticateUser = {
      (request: ILoginRequest, callback: AuthService.AuthenticateUserCallback): void;
      (request: ILoginRequest): Promise<LoginResponse>;
      readonly name: "AuthenticateUser";
      readonly path: "/AuthService/AuthenticateUser";
      readonly requestType: "LoginRequest";
      readonly responseType: "LoginResponse";
      readonly requestStream: undefined;
      readonly responseStream: undefined;
    };

    /**
     * Callback as used by {@link AuthService#registerUser}.
     * @param error Error, if any
     * @param [response] LoginResponse
     */
    type RegisterUserCallback = (error: (Error|null), response?: LoginResponse) => void;

    /** Calls RegisterUser. */
    type RegisterUser = {
      (request: ILoginRequest, callback: AuthService.RegisterUserCallback): void;
      (request: ILoginRequest): Promise<LoginResponse>;
      readonly name: "RegisterUser";
      readonly path: "/AuthService/RegisterUser";
      readonly requestType: "LoginRequest";
      readonly responseType: "LoginResponse";
      readonly requestStream: undefined;
      readonly responseStream: undefined;
    };

    /**
     * Callback as used by {@link AuthService#refreshToken}.
     * @param error Error, if any
     * @param [response] LoginResponse
     */
    type RefreshTokenCallback = (error: (Error|null), response?: LoginResponse) => void;

    /** Calls RefreshToken. */
    type RefreshToken = {
      (request: IEmptyMessage, callback: AuthService.RefreshTokenCallback): void;
      (request: IEmptyMessage): Promise<LoginResponse>;
      readonly name: "RefreshToken";
      readonly path: "/AuthService/RefreshToken";
      readonly requestType: "EmptyMessage";
      readonly responseType: "LoginResponse";
      readonly requestStream: undefined;
      readonly responseStream: undefined;
    };

    /**
     * Callback as used by {@link AuthService#revokeTokens}.
     * @param error Error, if any
     * @param [response] EmptyMessage
     */
    type RevokeTokensCallback = (error: (Error|null), response?: EmptyMessage) => void;

    /** Calls RevokeTokens. */
    type RevokeTokens = {
      (request: IEmptyMessage, callback: AuthService.RevokeTokensCallback): void;
      (request: IEmptyMessage): Promise<EmptyMessage>;
      readonly name: "RevokeTokens";
      readonly path: "/AuthService/RevokeTokens";
      readonly requestType: "EmptyMessage";
      readonly responseType: "EmptyMessage";
      readonly requestStream: undefined;
      readonly responseStream: undefined;
    };

    /**
     * Callback as used by {@link AuthService#changePassword}.
     * @param error Error, if any
     * @param [response] LoginResponse
     */
    type ChangePasswordCallback = (error: (Error|null), response?: LoginResponse) => void;

    /** Calls ChangePassword. */
    type ChangePassword = {
      (request: IChangePasswordRequest, callback: AuthService.ChangePasswordCallback): void;
      (request: IChangePasswordRequest): Promise<LoginResponse>;
      readonly name: "ChangePassword";
      readonly path: "/AuthService/ChangePassword";
      readonly requestType: "ChangePasswordRequest";
      readonly responseType: "LoginResponse";
      readonly requestStream: undefined;
      readonly responseStream: undefined;
    };

    /**
     * Callback as used by {@link AuthService#deleteAccount}.
     * @param error Error, if any
     * @param [response] EmptyMessage
     */
    type DeleteAccountCallback = (error: (Error|null), response?: EmptyMessage) => void;

    /** Calls DeleteAccount. */
    type DeleteAccount = {
      (request: IDeleteAccountRequest, callback: AuthService.DeleteAccountCallback): void;
      (request: IDeleteAccountRequest): Promise<EmptyMessage>;
      readonly name: "DeleteAccount";
      readonly path: "/AuthService/DeleteAccount";
      readonly requestType: "DeleteAccountRequest";
      readonly responseType: "EmptyMessage";
      readonly requestStream: undefined;
      readonly responseStream: undefined;
    };

    /**
     * Callback as used by {@link AuthService#checkToken}.
     * @param error Error, if any
     * @param [response] LoginResponse
     */
    type CheckTokenCallback = (error: (Error|null), response?: LoginResponse) => void;

    /** Calls CheckToken. */
    type CheckToken = {
      (request: IEmptyMessage, callback: AuthService.CheckTokenCallback): void;
      (request: IEmptyMessage): Promise<LoginResponse>;
      readonly name: "CheckToken";
      readonly path: "/AuthService/CheckToken";
      readonly requestType: "EmptyMessage";
      readonly responseType: "LoginResponse";
      readonly requestStream: undefined;
      readonly responseStream: undefined;
    };

    /**
     * Callback as used by {@link AuthService#getSettings}.
     * @param error Error, if any
     * @param [response] ServerSettings
     */
    type GetSettingsCallback = (error: (Error|null), response?: ServerSettings) => void;

    /** Calls GetSettings. */
    type GetSettings = {
      (request: IEmptyMessage, callback: AuthService.GetSettingsCallback): void;
      (request: IEmptyMessage): Promise<ServerSettings>;
      readonly name: "GetSettings";
      readonly path: "/AuthService/GetSettings";
      readonly requestType: "EmptyMessage";
      readonly responseType: "ServerSettings";
      readonly requestStream: undefined;
      readonly responseStream: undefined;
    };
}

/** Represents a ChatServer */
export class ChatServer extends $protobuf.rpc.Service {

    /**
     * Constructs a new ChatServer service.
     * @param rpcImpl RPC implementation
     * @param [requestDelimited=false] Whether requests are length-delimited
     * @param [responseDelimited=false] Whether responses are length-delimited
     */
    constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

    /**
     * Creates new ChatServer service using the specified rpc implementation.
     * @param rpcImpl RPC implementation
     * @param [requestDelimited=false] Whether requests are length-delimited
     * @param [responseDelimited=false] Whether responses are length-delimited
     * @returns RPC service. Useful where requests and/or responses are streamed.
     */
    static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): ChatServer;

    /** Calls ChatStream. */
    chatStream: ChatServer.ChatStream;

    /** Calls SendNote. */
    sendNote: ChatServer.SendNote;

    /** Calls SendStream. */
    sendStream: ChatServer.SendStream;

    /** Calls Subscribe. */
    subscribe: ChatServer.Subscribe;

    /** Calls GetHistory. */
    getHistory: ChatServer.GetHistory;

    /** Calls ListRooms. */
    listRooms: ChatServer.ListRooms;

    /** Calls UpdatePresence. */
    updatePresence: ChatServer.UpdatePresence;

    /** Calls EditNote. */
    editNote: ChatServer.EditNote;

    /** Calls DeleteNote. */
    deleteNote: ChatServer.DeleteNote;
}

export namespace ChatServer {

    /**
     * Callback as used by {@link ChatServer#chatStream}.
     * @param error Error, if any
     * @param [response] Note
     */
    type ChatStreamCallback = (error: (Error|null), response?: Note) => void;

    /** Calls ChatStream. */
    type ChatStream = {
      (request: IEmptyMessage, callback: ChatServer.ChatStreamCallback): void;
      (request: IEmptyMessage): Promise<Note>;
      readonly name: "ChatStream";
      readonly path: "/ChatServer/ChatStream";
      readonly requestType: "EmptyMessage";
      readonly responseType: "Note";
      readonly requestStream: undefined;
      readonly responseStream: true;
    };

    /**
     * Callback as used by {@link ChatServer#sendNote}.
     * @param error Error, if any
     * @param [response] EmptyMessage
     */
    type SendNoteCallback = (error: (Error|null), response?: EmptyMessage) => void;

    /** Calls SendNote. */
    type SendNote = {
      (request: INote, callback: ChatServer.SendNoteCallback): void;
      (request: INote): Promise<EmptyMessage>;
      readonly name: "SendNote";
      readonly path: "/ChatServer/SendNote";
      readonly requestType: "Note";
      readonly responseType: "EmptyMessage";
      readonly requestStream: undefined;
      readonly responseStream: undefined;
    };

    /**
     * Callback as used by {@link ChatServer#sendStream}.
     * @param error Error, if any
     * @param [response] SendStreamResult
     */
    type SendStreamCallback = (error: (Error|null), response?: SendStreamResult) => void;

    /** Calls SendStream. */
    type SendStream = {
      (request: ISendStreamRequest, callback: ChatServer.SendStreamCallback): void;
      (request: ISendStreamRequest): Promise<SendStreamResult>;
      readonly name: "SendStream";
      readonly path: "/ChatServer/SendStream";
      readonly requestType: "SendStreamRequest";
      readonly responseType: "SendStreamResult";
      readonly requestStream: true;
      readonly responseStream: true;
    };

    /**
     * Callback as used by {@link ChatServer#subscribe}.
     * @param error Error, if any
     * @param [response] RoomEvent
     */
    type SubscribeCallback = (error: (Error|null), response?: RoomEvent) => void;

    /** Calls Subscribe. */
    type Subscribe = {
      (request: ISubscribeRequest, callback: ChatServer.SubscribeCallback): void;
      (request: ISubscribeRequest): Promise<RoomEvent>;
      readonly name: "Subscribe";
      readonly path: "/ChatServer/Subscribe";
      readonly requestType: "SubscribeRequest";
      readonly responseType: "RoomEvent";
      readonly requestStream: undefined;
      readonly responseStream: true;
    };

    /**
     * Callback as used by {@link ChatServer#getHistory}.
     * @param error Error, if any
     * @param [response] HistoryPage
     */
    type GetHistoryCallback = (error: (Error|null), response?: HistoryPage) => void;

    /** Calls GetHistory. */
    type GetHistory = {
      (request: IHistoryRequest, callback: ChatServer.GetHistoryCallback): void;
      (request: IHistoryRequest): Promise<HistoryPage>;
      readonly name: "GetHistory";
      readonly path: "/ChatServer/GetHistory";
      readonly requestType: "HistoryRequest";
      readonly responseType: "HistoryPage";
      readonly requestStream: undefined;
      readonly responseStream: undefined;
    };

    /**
     * Callback as used by {@link ChatServer#listRooms}.
     * @param error Error, if any
     * @param [response] RoomList
     */
    type ListRoomsCallback = (error: (Error|null), response?: RoomList) => void;

    /** Calls ListRooms. */
    type ListRooms = {
      (request: IListRoomsRequest, callback: ChatServer.ListRoomsCallback): void;
      (request: IListRoomsRequest): Promise<RoomList>;
      readonly name: "ListRooms";
      readonly path: "/ChatServer/ListRooms";
      readonly requestType: "ListRoomsRequest";
      readonly responseType: "RoomList";
      readonly requestStream: undefined;
      readonly responseStream: undefined;
    };

    /**
     * Callback as used by {@link ChatServer#updatePresence}.
     * @param error Error, if any
     * @param [response] EmptyMessage
     */
    type UpdatePresenceCallback = (error: (Error|null), response?: EmptyMessage) => void;

    /** Calls UpdatePresence. */
    type UpdatePresence = {
      (request: IPresenceUpdate, callback: ChatServer.UpdatePresenceCallback): void;
      (request: IPresenceUpdate): Promise<EmptyMessage>;
      readonly name: "UpdatePresence";
      readonly path: "/ChatServer/UpdatePresence";
      readonly requestType: "PresenceUpdate";
      readonly responseType: "EmptyMessage";
      readonly requestStream: undefined;
      readonly responseStream: undefined;
    };

    /**
     * Callback as used by {@link ChatServer#editNote}.
     * @param error Error, if any
     * @param [response] Note
     */
    type EditNoteCallback = (error: (Error|null), response?: Note) => void;

    /** Calls EditNote. */
    type EditNote = {
      (request: IEditNoteRequest, callback: ChatServer.EditNoteCallback): void;
      (request: IEditNoteRequest): Promise<Note>;
      readonly name: "EditNote";
      readonly path: "/ChatServer/EditNote";
      readonly requestType: "EditNoteRequest";
      readonly responseType: "Note";
      readonly requestStream: undefined;
      readonly responseStream: undefined;
    };

    /**
     * Callback as used by {@link ChatServer#deleteNote}.
     * @param error Error, if any
     * @param [response] Note
     */
    type DeleteNoteCallback = (error: (Error|null), response?: Note) => void;

    /** Calls DeleteNote. */
    type DeleteNote = {
      (request: IDeleteNoteRequest, callback: ChatServer.DeleteNoteCallback): void;
      (request: IDeleteNoteRequest): Promise<Note>;
      readonly name: "DeleteNote";
      readonly path: "/ChatServer/DeleteNote";
      readonly requestType: "DeleteNoteRequest";
      readonly responseType: "Note";
      readonly requestStream: undefined;
      readonly responseStream: undefined;
    };
}

/** Represents a RoomService */
export class RoomService extends $protobuf.rpc.Service {

    /**
     * Constructs a new RoomService service.
     * @param rpcImpl RPC implementation
     * @param [requestDelimited=false] Whether requests are length-delimited
     * @param [responseDelimited=false] Whether responses are length-delimited
     */
    constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

    /**
     * Creates new RoomService service using the specified rpc implementation.
     * @param rpcImpl RPC implementation
     * @param [requestDelimited=false] Whether requests are length-delimited
     * @param [responseDelimited=false] Whether responses are length-delimited
     * @returns RPC service. Useful where requests and/or responses are streamed.
     */
    static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): RoomService;

    /** Calls CreateRoom. */
    createRoom: RoomService.CreateRoom;

    /** Calls OpenDirect. */
    openDirect: RoomService.OpenDirect;

    /** Calls InviteMember. */
    inviteMember: RoomService.InviteMember;

    /** Calls RemoveMember. */
    removeMember: RoomService.RemoveMember;

    /** Calls JoinRoom. */
    joinRoom: RoomService.JoinRoom;

    /** Calls LeaveRoom. */
    leaveRoom: RoomService.LeaveRoom;

    /** Calls ListMembers. */
    listMembers: RoomService.ListMembers;

    /** Calls BrowseRooms. */
    browseRooms: RoomService.BrowseRooms;

    /** Calls ListMyRooms. */
    listMyRooms: RoomService.ListMyRooms;

    /** Calls MarkRead. */
    markRead: RoomService.MarkRead;
}

export namespace RoomService {

    /**
     * Callback as used by {@link RoomService#createRoom}.
     * @param error Error, if any
     * @param [response] RoomInfo
     */
    type CreateRoomCallback = (error: (Error|null), response?: RoomInfo) => void;

    /** Calls CreateRoom. */
    type CreateRoom = {
      (request: ICreateRoomRequest, callback: RoomService.CreateRoomCallback): void;
      (request: ICreateRoomRequest): Promise<RoomInfo>;
      readonly name: "CreateRoom";
      readonly path: "/RoomService/CreateRoom";
      readonly requestType: "CreateRoomRequest";
      readonly responseType: "RoomInfo";
      readonly requestStream: undefined;
      readonly responseStream: undefined;
    };

    /**
     * Callback as used by {@link RoomService#openDirect}.
     * @param error Error, if any
     * @param [response] RoomInfo
     */
    type OpenDirectCallback = (error: (Error|null), response?: RoomInfo) => void;

    /** Calls OpenDirect. */
    type OpenDirect = {
      (request: IOpenDirectRequest, callback: RoomService.OpenDirectCallback): void;
      (request: IOpenDirectRequest): Promise<RoomInfo>;
      readonly name: "OpenDirect";
      readonly path: "/RoomService/OpenDirect";
      readonly requestType: "OpenDirectRequest";
      readonly responseType: "RoomInfo";
      readonly requestStream: undefined;
      readonly responseStream: undefined;
    };

    /**
     * Callback as used by {@link RoomService#inviteMember}.
     * @param error Error, if any
     * @param [response] MemberList
     */
    type InviteMemberCallback = (error: (Error|null), response?: MemberList) => void;

    /** Calls InviteMember. */
    type InviteMember = {
      (request: IMemberRequest, callback: RoomService.InviteMemberCallback): void;
      (request: IMemberRequest): Promise<MemberList>;
      readonly name: "InviteMember";
      readonly path: "/RoomService/InviteMember";
      readonly requestType: "MemberRequest";
      readonly responseType: "MemberList";
      readonly requestStream: undefined;
      readonly responseStream: undefined;
    };

    /**
     * Callback as used by {@link RoomService#removeMember}.
     * @param error Error, if any
     * @param [response] MemberList
     */
    type RemoveMemberCallback = (error: (Error|null), response?: MemberList) => void;

    /** Calls RemoveMember. */
    type RemoveMember = {
      (request: IMemberRequest, callback: RoomService.RemoveMemberCallback): void;
      (request: IMemberRequest): Promise<MemberList>;
      readonly name: "RemoveMember";
      readonly path: "/RoomService/RemoveMember";
      readonly requestType: "MemberRequest";
      readonly responseType: "MemberList";
      readonly requestStream: undefined;
      readonly responseStream: undefined;
    };

    /**
     * Callback as used by {@link RoomService#joinRoom}.
     * @param error Error, if any
     * @param [response] RoomInfo
     */
    type JoinRoomCallback = (error: (Error|null), response?: RoomInfo) => void;

    /** Calls JoinRoom. */
    type JoinRoom = {
      (request: IRoomRequest, callback: RoomService.JoinRoomCallback): void;
      (request: IRoomRequest): Promise<RoomInfo>;
      readonly name: "JoinRoom";
      readonly path: "/RoomService/JoinRoom";
      readonly requestType: "RoomRequest";
      readonly responseType: "RoomInfo";
      readonly requestStream: undefined;
      readonly responseStream: undefined;
    };

    /**
     * Callback as used by {@link RoomService#leaveRoom}.
     * @param error Error, if any
     * @param [response] EmptyMessage
     */
    type LeaveRoomCallback = (error: (Error|null), response?: EmptyMessage) => void;

    /** Calls LeaveRoom. */
    type LeaveRoom = {
      (request: IRoomRequest, callback: RoomService.LeaveRoomCallback): void;
      (request: IRoomRequest): Promise<EmptyMessage>;
      readonly name: "LeaveRoom";
      readonly path: "/RoomService/LeaveRoom";
      readonly requestType: "RoomRequest";
      readonly responseType: "EmptyMessage";
      readonly requestStream: undefined;
      readonly responseStream: undefined;
    };

    /**
     * Callback as used by {@link RoomService#listMembers}.
     * @param error Error, if any
     * @param [response] MemberList
     */
    type ListMembersCallback = (error: (Error|null), response?: MemberList) => void;

    /** Calls ListMembers. */
    type ListMembers = {
      (request: IRoomRequest, callback: RoomService.ListMembersCallback): void;
      (request: IRoomRequest): Promise<MemberList>;
      readonly name: "ListMembers";
      readonly path: "/RoomService/ListMembers";
      readonly requestType: "RoomRequest";
      readonly responseType: "MemberList";
      readonly requestStream: undefined;
      readonly responseStream: undefined;
    };

    /**
     * Callback as used by {@link RoomService#browseRooms}.
     * @param error Error, if any
     * @param [response] RoomDirectory
     */
    type BrowseRoomsCallback = (error: (Error|null), response?: RoomDirectory) => void;

    /** Calls BrowseRooms. */
    type BrowseRooms = {
      (request: IBrowseRoomsRequest, callback: RoomService.BrowseRoomsCallback): void;
      (request: IBrowseRoomsRequest): Promise<RoomDirectory>;
      readonly name: "BrowseRooms";
      readonly path: "/RoomService/BrowseRooms";
      readonly requestType: "BrowseRoomsRequest";
      readonly responseType: "RoomDirectory";
      readonly requestStream: undefined;
      readonly responseStream: undefined;
    };

    /**
     * Callback as used by {@link RoomService#listMyRooms}.
     * @param error Error, if any
     * @param [response] RoomList
     */
    type ListMyRoomsCallback = (error: (Error|null), response?: RoomList) => void;

    /** Calls ListMyRooms. */
    type ListMyRooms = {
      (request: IEmptyMessage, callback: RoomService.ListMyRoomsCallback): void;
      (request: IEmptyMessage): Promise<RoomList>;
      readonly name: "ListMyRooms";
      readonly path: "/RoomService/ListMyRooms";
      readonly requestType: "EmptyMessage";
      readonly responseType: "RoomList";
      readonly requestStream: undefined;
      readonly responseStream: undefined;
    };

    /**
     * Callback as used by {@link RoomService#markRead}.
     * @param error Error, if any
     * @param [response] ReadState
     */
    type MarkReadCallback = (error: (Error|null), response?: ReadState) => void;

    /** Calls MarkRead. */
    type MarkRead = {
      (request: IMarkReadRequest, callback: RoomService.MarkReadCallback): void;
      (request: IMarkReadRequest): Promise<ReadState>;
      readonly name: "MarkRead";
      readonly path: "/RoomService/MarkRead";
      readonly requestType: "MarkReadRequest";
      readonly responseType: "ReadState";
      readonly requestStream: undefined;
      readonly responseStream: undefined;
    };
}
