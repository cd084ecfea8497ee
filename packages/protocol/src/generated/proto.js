/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const grpc = $root.grpc = (() => {

    /**
     * Namespace grpc.
     * @exports grpc
     * @namespace
     */
    const grpc = {};

    grpc.health = (function() {

        /**
         * Namespace health.
         * @memberof grpc
         * @namespace
         */
        const health = {};

        health.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof grpc.health
             * @namespace
             */
            const v1 = {};

            v1.HealthCheckRequest = (function() {

                /**
                 * Properties of a HealthCheckRequest.
                 * @typedef {Object} grpc.health.v1.HealthCheckRequest.$Properties
                 * @property {string|null} [service] HealthCheckRequest service
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HealthCheckRequest.
                 * @memberof grpc.health.v1
                 * @interface IHealthCheckRequest
                 * @augments grpc.health.v1.HealthCheckRequest.$Properties
                 * @deprecated Use grpc.health.v1.HealthCheckRequest.$Properties instead.
                 */

                /**
                 * Shape of a HealthCheckRequest.
                 * @typedef {grpc.health.v1.HealthCheckRequest.$Properties} grpc.health.v1.HealthCheckRequest.$Shape
                 */

                /**
                 * Constructs a new HealthCheckRequest.
                 * @memberof grpc.health.v1
                 * @classdesc Represents a HealthCheckRequest.
                 * @constructor
                 * @param {grpc.health.v1.HealthCheckRequest.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HealthCheckRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * HealthCheckRequest service.
                 * @member {string} service
                 * @memberof grpc.health.v1.HealthCheckRequest
                 * @instance
                 */
                HealthCheckRequest.prototype.service = "";

                /**
                 * Creates a new HealthCheckRequest instance using the specified properties.
                 * @function create
                 * @memberof grpc.health.v1.HealthCheckRequest
                 * @static
                 * @param {grpc.health.v1.HealthCheckRequest.$Properties=} [properties] Properties to set
                 * @returns {grpc.health.v1.HealthCheckRequest} HealthCheckRequest instance
                 * @type {{
                 *   (properties: grpc.health.v1.HealthCheckRequest.$Shape): grpc.health.v1.HealthCheckRequest & grpc.health.v1.HealthCheckRequest.$Shape;
                 *   (properties?: grpc.health.v1.HealthCheckRequest.$Properties): grpc.health.v1.HealthCheckRequest;
                 * }}
                 */
                HealthCheckRequest.create = function(properties) {
                    return new HealthCheckRequest(properties);
                };

                /**
                 * Encodes the specified HealthCheckRequest message. Does not implicitly {@link grpc.health.v1.HealthCheckRequest.verify|verify} messages.
                 * @function encode
                 * @memberof grpc.health.v1.HealthCheckRequest
                 * @static
                 * @param {grpc.health.v1.HealthCheckRequest.$Properties} m HealthCheckRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HealthCheckRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.service != null && $Object.hasOwnProperty.call(m, "service") && m.service !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.service);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a HealthCheckRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof grpc.health.v1.HealthCheckRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {grpc.health.v1.HealthCheckRequest & grpc.health.v1.HealthCheckRequest.$Shape} HealthCheckRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HealthCheckRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.grpc.health.v1.HealthCheckRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.service = v;
                                else
                                    delete m.service;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Gets the type url for HealthCheckRequest
                 * @function getTypeUrl
                 * @memberof grpc.health.v1.HealthCheckRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                HealthCheckRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/grpc.health.v1.HealthCheckRequest";
                };

                return HealthCheckRequest;
            })();

            v1.HealthCheckResponse = (function() {

                /**
                 * Properties of a HealthCheckResponse.
                 * @typedef {Object} grpc.health.v1.HealthCheckResponse.$Properties
                 * @property {grpc.health.v1.HealthCheckResponse.ServingStatus|null} [status] HealthCheckResponse status
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HealthCheckResponse.
                 * @memberof grpc.health.v1
                 * @interface IHealthCheckResponse
                 * @augments grpc.health.v1.HealthCheckResponse.$Properties
                 * @deprecated Use grpc.health.v1.HealthCheckResponse.$Properties instead.
                 */

                /**
                 * Shape of a HealthCheckResponse.
                 * @typedef {grpc.health.v1.HealthCheckResponse.$Properties} grpc.health.v1.HealthCheckResponse.$Shape
                 */

                /**
                 * Constructs a new HealthCheckResponse.
                 * @memberof grpc.health.v1
                 * @classdesc Represents a HealthCheckResponse.
                 * @constructor
                 * @param {grpc.health.v1.HealthCheckResponse.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HealthCheckResponse = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * HealthCheckResponse status.
                 * @member {grpc.health.v1.HealthCheckResponse.ServingStatus} status
                 * @memberof grpc.health.v1.HealthCheckResponse
                 * @instance
                 */
                HealthCheckResponse.prototype.status = 0;

                /**
                 * Creates a new HealthCheckResponse instance using the specified properties.
                 * @function create
                 * @memberof grpc.health.v1.HealthCheckResponse
                 * @static
                 * @param {grpc.health.v1.HealthCheckResponse.$Properties=} [properties] Properties to set
                 * @returns {grpc.health.v1.HealthCheckResponse} HealthCheckResponse instance
                 * @type {{
                 *   (properties: grpc.health.v1.HealthCheckResponse.$Shape): grpc.health.v1.HealthCheckResponse & grpc.health.v1.HealthCheckResponse.$Shape;
                 *   (properties?: grpc.health.v1.HealthCheckResponse.$Properties): grpc.health.v1.HealthCheckResponse;
                 * }}
                 */
                HealthCheckResponse.create = function(properties) {
                    return new HealthCheckResponse(properties);
                };

                /**
                 * Encodes the specified HealthCheckResponse message. Does not implicitly {@link grpc.health.v1.HealthCheckResponse.verify|verify} messages.
                 * @function encode
                 * @memberof grpc.health.v1.HealthCheckResponse
                 * @static
                 * @param {grpc.health.v1.HealthCheckResponse.$Properties} m HealthCheckResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HealthCheckResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                        w.uint32(/* id 1, wireType 0 =*/8).int32(m.status);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a HealthCheckResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof grpc.health.v1.HealthCheckResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {grpc.health.v1.HealthCheckResponse & grpc.health.v1.HealthCheckResponse.$Shape} HealthCheckResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HealthCheckResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.grpc.health.v1.HealthCheckResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.status = v;
                                else
                                    delete m.status;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Gets the type url for HealthCheckResponse
                 * @function getTypeUrl
                 * @memberof grpc.health.v1.HealthCheckResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                HealthCheckResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/grpc.health.v1.HealthCheckResponse";
                };

                /**
                 * ServingStatus enum.
                 * @name grpc.health.v1.HealthCheckResponse.ServingStatus
                 * @enum {number}
                 * @property {number} UNKNOWN=0 UNKNOWN value
                 * @property {number} SERVING=1 SERVING value
                 * @property {number} NOT_SERVING=2 NOT_SERVING value
                 * @property {number} SERVICE_UNKNOWN=3 SERVICE_UNKNOWN value
                 */
                HealthCheckResponse.ServingStatus = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "UNKNOWN"] = 0;
                    values[valuesById[1] = "SERVING"] = 1;
                    values[valuesById[2] = "NOT_SERVING"] = 2;
                    values[valuesById[3] = "SERVICE_UNKNOWN"] = 3;
                    return values;
                })();

                return HealthCheckResponse;
            })();

            v1.Health = (function() {

                /**
                 * Constructs a new Health service.
                 * @memberof grpc.health.v1
                 * @classdesc Represents a Health
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                const Health = function(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                };

                $Object.defineProperty(Health.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: Health, writable: true, enumerable: false, configurable: true });

                /**
                 * Creates new Health service using the specified rpc implementation.
                 * @function create
                 * @memberof grpc.health.v1.Health
                 * @static
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 * @returns {Health} RPC service. Useful where requests and/or responses are streamed.
                 */
                Health.create = function(rpcImpl, requestDelimited, responseDelimited) {
                    return new this(rpcImpl, requestDelimited, responseDelimited);
                };

                /**
                 * Callback as used by {@link grpc.health.v1.Health#check}.
                 * @memberof grpc.health.v1.Health
                 * @typedef CheckCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {grpc.health.v1.HealthCheckResponse} [response] HealthCheckResponse
                 */

                /**
                 * Calls Check.
                 * @memberof grpc.health.v1.Health
                 * @typedef Check
                 * @type {{
                 *   (request: grpc.health.v1.IHealthCheckRequest, callback: grpc.health.v1.Health.CheckCallback): void;
                 *   (request: grpc.health.v1.IHealthCheckRequest): Promise<grpc.health.v1.HealthCheckResponse>;
                 *   readonly name: "Check";
                 *   readonly path: "/grpc.health.v1.Health/Check";
                 *   readonly requestType: "HealthCheckRequest";
                 *   readonly responseType: "HealthCheckResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls Check.
                 * @name grpc.health.v1.Health#check
                 * @type {grpc.health.v1.Health.Check}
                 */
                $Object.defineProperties(Health.prototype.check = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Health.prototype.check, $root.grpc.health.v1.HealthCheckRequest, $root.grpc.health.v1.HealthCheckResponse, request, callback);
                }, {
                    name: { value: "Check" },
                    path: { value: "/grpc.health.v1.Health/Check" },
                    requestType: { value: "HealthCheckRequest" },
                    responseType: { value: "HealthCheckResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link grpc.health.v1.Health#watch}.
                 * @memberof grpc.health.v1.Health
                 * @typedef WatchCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {grpc.health.v1.HealthCheckResponse} [response] HealthCheckResponse
                 */

                /**
                 * Calls Watch.
                 * @memberof grpc.health.v1.Health
                 * @typedef Watch
                 * @type {{
                 *   (request: grpc.health.v1.IHealthCheckRequest, callback: grpc.health.v1.Health.WatchCallback): void;
                 *   (request: grpc.health.v1.IHealthCheckRequest): Promise<grpc.health.v1.HealthCheckResponse>;
                 *   readonly name: "Watch";
                 *   readonly path: "/grpc.health.v1.Health/Watch";
                 *   readonly requestType: "HealthCheckRequest";
                 *   readonly responseType: "HealthCheckResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: true;
                 * }}
                 */

                /**
                 * Calls Watch.
                 * @name grpc.health.v1.Health#watch
                 * @type {grpc.health.v1.Health.Watch}
                 */
                $Object.defineProperties(Health.prototype.watch = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Health.prototype.watch, $root.grpc.health.v1.HealthCheckRequest, $root.grpc.health.v1.HealthCheckResponse, request, callback);
                }, {
                    name: { value: "Watch" },
                    path: { value: "/grpc.health.v1.Health/Watch" },
                    requestType: { value: "HealthCheckRequest" },
                    responseType: { value: "HealthCheckResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: true }
                });

                return Health;
            })();

            return v1;
        })();

        return health;
    })();

    return grpc;
})();

export const EmptyMessage = $root.EmptyMessage = (() => {

    /**
     * Properties of an EmptyMessage.
     * @typedef {Object} EmptyMessage.$Properties
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of an EmptyMessage.
     * @exports IEmptyMessage
     * @interface IEmptyMessage
     * @augments EmptyMessage.$Properties
     * @deprecated Use EmptyMessage.$Properties instead.
     */

    /**
     * Shape of an EmptyMessage.
     * @typedef {EmptyMessage.$Properties} EmptyMessage.$Shape
     */

    /**
     * Constructs a new EmptyMessage.
     * @exports EmptyMessage
     * @classdesc Represents an EmptyMessage.
     * @constructor
     * @param {EmptyMessage.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const EmptyMessage = function (p) {
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * Creates a new EmptyMessage instance using the specified properties.
     * @function create
     * @memberof EmptyMessage
     * @static
     * @param {EmptyMessage.$Properties=} [properties] Properties to set
     * @returns {EmptyMessage} EmptyMessage instance
     * @type {{
     *   (properties: EmptyMessage.$Shape): EmptyMessage & EmptyMessage.$Shape;
     *   (properties?: EmptyMessage.$Properties): EmptyMessage;
     * }}
     */
    EmptyMessage.create = function(properties) {
        return new EmptyMessage(properties);
    };

    /**
     * Encodes the specified EmptyMessage message. Does not implicitly {@link EmptyMessage.verify|verify} messages.
     * @function encode
     * @memberof EmptyMessage
     * @static
     * @param {EmptyMessage.$Properties} m EmptyMessage message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    EmptyMessage.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes an EmptyMessage message from the specified reader or buffer.
     * @function decode
     * @memberof EmptyMessage
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {EmptyMessage & EmptyMessage.$Shape} EmptyMessage
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    EmptyMessage.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.EmptyMessage();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            r.skipType(t & 7, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for EmptyMessage
     * @function getTypeUrl
     * @memberof EmptyMessage
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    EmptyMessage.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/EmptyMessage";
    };

    return EmptyMessage;
})();

export const Note = $root.Note = (() => {

    /**
     * Properties of a Note.
     * @typedef {Object} Note.$Properties
     * @property {string|null} [name] Note name
     * @property {string|null} [message] Note message
     * @property {string|null} [room] Note room
     * @property {number|null} [seq] Note seq
     * @property {number|null} [sentAtMs] Note sentAtMs
     * @property {string|null} [clientMessageId] Note clientMessageId
     * @property {NoteKind|null} [kind] Note kind
     * @property {number|null} [editedAtMs] Note editedAtMs
     * @property {boolean|null} [deleted] Note deleted
     * @property {number|null} [targetSeq] Note targetSeq
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a Note.
     * @exports INote
     * @interface INote
     * @augments Note.$Properties
     * @deprecated Use Note.$Properties instead.
     */

    /**
     * Shape of a Note.
     * @typedef {Note.$Properties} Note.$Shape
     */

    /**
     * Constructs a new Note.
     * @exports Note
     * @classdesc Represents a Note.
     * @constructor
     * @param {Note.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const Note = function (p) {
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * Note name.
     * @member {string} name
     * @memberof Note
     * @instance
     */
    Note.prototype.name = "";

    /**
     * Note message.
     * @member {string} message
     * @memberof Note
     * @instance
     */
    Note.prototype.message = "";

    /**
     * Note room.
     * @member {string} room
     * @memberof Note
     * @instance
     */
    Note.prototype.room = "";

    /**
     * Note seq.
     * @member {number} seq
     * @memberof Note
     * @instance
     */
    Note.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * Note sentAtMs.
     * @member {number} sentAtMs
     * @memberof Note
     * @instance
     */
    Note.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * Note clientMessageId.
     * @member {string} clientMessageId
     * @memberof Note
     * @instance
     */
    Note.prototype.clientMessageId = "";

    /**
     * Note kind.
     * @member {NoteKind} kind
     * @memberof Note
     * @instance
     */
    Note.prototype.kind = 0;

    /**
     * Note editedAtMs.
     * @member {number} editedAtMs
     * @memberof Note
     * @instance
     */
    Note.prototype.editedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * Note deleted.
     * @member {boolean} deleted
     * @memberof Note
     * @instance
     */
    Note.prototype.deleted = false;

    /**
     * Note targetSeq.
     * @member {number} targetSeq
     * @memberof Note
     * @instance
     */
    Note.prototype.targetSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * Creates a new Note instance using the specified properties.
     * @function create
     * @memberof Note
     * @static
     * @param {Note.$Properties=} [properties] Properties to set
     * @returns {Note} Note instance
     * @type {{
     *   (properties: Note.$Shape): Note & Note.$Shape;
     *   (properties?: Note.$Properties): Note;
     * }}
     */
    Note.create = function(properties) {
        return new Note(properties);
    };

    /**
     * Encodes the specified Note message. Does not implicitly {@link Note.verify|verify} messages.
     * @function encode
     * @memberof Note
     * @static
     * @param {Note.$Properties} m Note message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    Note.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
            w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
        if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
            w.uint32(/* id 2, wireType 2 =*/18).string(m.message);
        if (m.room != null && $Object.hasOwnProperty.call(m, "room") && m.room !== "")
            w.uint32(/* id 3, wireType 2 =*/26).string(m.room);
        if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
            w.uint32(/* id 4, wireType 0 =*/32).uint64(m.seq);
        if (m.sentAtMs != null && $Object.hasOwnProperty.call(m, "sentAtMs") && (typeof m.sentAtMs === "object" ? m.sentAtMs.low || m.sentAtMs.high : m.sentAtMs !== 0))
            w.uint32(/* id 5, wireType 0 =*/40).uint64(m.sentAtMs);
        if (m.clientMessageId != null && $Object.hasOwnProperty.call(m, "clientMessageId") && m.clientMessageId !== "")
            w.uint32(/* id 6, wireType 2 =*/50).string(m.clientMessageId);
        if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== 0)
            w.uint32(/* id 7, wireType 0 =*/56).int32(m.kind);
        if (m.editedAtMs != null && $Object.hasOwnProperty.call(m, "editedAtMs") && (typeof m.editedAtMs === "object" ? m.editedAtMs.low || m.editedAtMs.high : m.editedAtMs !== 0))
            w.uint32(/* id 8, wireType 0 =*/64).uint64(m.editedAtMs);
        if (m.deleted != null && $Object.hasOwnProperty.call(m, "deleted") && m.deleted !== false)
            w.uint32(/* id 9, wireType 0 =*/72).bool(m.deleted);
        if (m.targetSeq != null && $Object.hasOwnProperty.call(m, "targetSeq") && (typeof m.targetSeq === "object" ? m.targetSeq.low || m.targetSeq.high : m.targetSeq !== 0))
            w.uint32(/* id 10, wireType 0 =*/80).uint64(m.targetSeq);
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes a Note message from the specified reader or buffer.
     * @function decode
     * @memberof Note
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {Note & Note.$Shape} Note
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    Note.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m, v;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.Note();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            var u = t & 7;
            switch (t >>>= 3) {
            case 1: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.name = v;
                    else
                        delete m.name;
                    continue;
                }
            case 2: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.message = v;
                    else
                        delete m.message;
                    continue;
                }
            case 3: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.room = v;
                    else
                        delete m.room;
                    continue;
                }
            case 4: {
                    if (u !== 0)
                        break;
                    if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                        m.seq = v;
                    else
                        delete m.seq;
                    continue;
                }
            case 5: {
                    if (u !== 0)
                        break;
                    if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                        m.sentAtMs = v;
                    else
                        delete m.sentAtMs;
                    continue;
                }
            case 6: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.clientMessageId = v;
                    else
                        delete m.clientMessageId;
                    continue;
                }
            case 7: {
                    if (u !== 0)
                        break;
                    if (v = r.int32())
                        m.kind = v;
                    else
                        delete m.kind;
                    continue;
                }
            case 8: {
                    if (u !== 0)
                        break;
                    if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                        m.editedAtMs = v;
                    else
                        delete m.editedAtMs;
                    continue;
                }
            case 9: {
                    if (u !== 0)
                        break;
                    if (v = r.bool())
                        m.deleted = v;
                    else
                        delete m.deleted;
                    continue;
                }
            case 10: {
                    if (u !== 0)
                        break;
                    if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                        m.targetSeq = v;
                    else
                        delete m.targetSeq;
                    continue;
                }
            }
            r.skipType(u, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for Note
     * @function getTypeUrl
     * @memberof Note
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    Note.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/Note";
    };

    return Note;
})();

export const LoginRequest = $root.LoginRequest = (() => {

    /**
     * Properties of a LoginRequest.
     * @typedef {Object} LoginRequest.$Properties
     * @property {string|null} [username] LoginRequest username
     * @property {string|null} [password] LoginRequest password
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a LoginRequest.
     * @exports ILoginRequest
     * @interface ILoginRequest
     * @augments LoginRequest.$Properties
     * @deprecated Use LoginRequest.$Properties instead.
     */

    /**
     * Shape of a LoginRequest.
     * @typedef {LoginRequest.$Properties} LoginRequest.$Shape
     */

    /**
     * Constructs a new LoginRequest.
     * @exports LoginRequest
     * @classdesc Represents a LoginRequest.
     * @constructor
     * @param {LoginRequest.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const LoginRequest = function (p) {
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * LoginRequest username.
     * @member {string} username
     * @memberof LoginRequest
     * @instance
     */
    LoginRequest.prototype.username = "";

    /**
     * LoginRequest password.
     * @member {string} password
     * @memberof LoginRequest
     * @instance
     */
    LoginRequest.prototype.password = "";

    /**
     * Creates a new LoginRequest instance using the specified properties.
     * @function create
     * @memberof LoginRequest
     * @static
     * @param {LoginRequest.$Properties=} [properties] Properties to set
     * @returns {LoginRequest} LoginRequest instance
     * @type {{
     *   (properties: LoginRequest.$Shape): LoginRequest & LoginRequest.$Shape;
     *   (properties?: LoginRequest.$Properties): LoginRequest;
     * }}
     */
    LoginRequest.create = function(properties) {
        return new LoginRequest(properties);
    };

    /**
     * Encodes the specified LoginRequest message. Does not implicitly {@link LoginRequest.verify|verify} messages.
     * @function encode
     * @memberof LoginRequest
     * @static
     * @param {LoginRequest.$Properties} m LoginRequest message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    LoginRequest.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.username != null && $Object.hasOwnProperty.call(m, "username") && m.username !== "")
            w.uint32(/* id 1, wireType 2 =*/10).string(m.username);
        if (m.password != null && $Object.hasOwnProperty.call(m, "password") && m.password !== "")
            w.uint32(/* id 2, wireType 2 =*/18).string(m.password);
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes a LoginRequest message from the specified reader or buffer.
     * @function decode
     * @memberof LoginRequest
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {LoginRequest & LoginRequest.$Shape} LoginRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    LoginRequest.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m, v;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.LoginRequest();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            var u = t & 7;
            switch (t >>>= 3) {
            case 1: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.username = v;
                    else
                        delete m.username;
                    continue;
                }
            case 2: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.password = v;
                    else
                        delete m.password;
                    continue;
                }
            }
            r.skipType(u, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for LoginRequest
     * @function getTypeUrl
     * @memberof LoginRequest
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    LoginRequest.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/LoginRequest";
    };

    return LoginRequest;
})();

export const LoginResponse = $root.LoginResponse = (() => {

    /**
     * Properties of a LoginResponse.
     * @typedef {Object} LoginResponse.$Properties
     * @property {string|null} [token] LoginResponse token
     * @property {string|null} [error] LoginResponse error
     * @property {number|null} [expiresAtMs] LoginResponse expiresAtMs
     * @property {string|null} [username] LoginResponse username
     * @property {string|null} [errorCode] LoginResponse errorCode
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a LoginResponse.
     * @exports ILoginResponse
     * @interface ILoginResponse
     * @augments LoginResponse.$Properties
     * @deprecated Use LoginResponse.$Properties instead.
     */

    /**
     * Shape of a LoginResponse.
     * @typedef {LoginResponse.$Properties} LoginResponse.$Shape
     */

    /**
     * Constructs a new LoginResponse.
     * @exports LoginResponse
     * @classdesc Represents a LoginResponse.
     * @constructor
     * @param {LoginResponse.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const LoginResponse = function (p) {
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * LoginResponse token.
     * @member {string} token
     * @memberof LoginResponse
     * @instance
     */
    LoginResponse.prototype.token = "";

    /**
     * LoginResponse error.
     * @member {string} error
     * @memberof LoginResponse
     * @instance
     */
    LoginResponse.prototype.error = "";

    /**
     * LoginResponse expiresAtMs.
     * @member {number} expiresAtMs
     * @memberof LoginResponse
     * @instance
     */
    LoginResponse.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * LoginResponse username.
     * @member {string} username
     * @memberof LoginResponse
     * @instance
     */
    LoginResponse.prototype.username = "";

    /**
     * LoginResponse errorCode.
     * @member {string} errorCode
     * @memberof LoginResponse
     * @instance
     */
    LoginResponse.prototype.errorCode = "";

    /**
     * Creates a new LoginResponse instance using the specified properties.
     * @function create
     * @memberof LoginResponse
     * @static
     * @param {LoginResponse.$Properties=} [properties] Properties to set
     * @returns {LoginResponse} LoginResponse instance
     * @type {{
     *   (properties: LoginResponse.$Shape): LoginResponse & LoginResponse.$Shape;
     *   (properties?: LoginResponse.$Properties): LoginResponse;
     * }}
     */
    LoginResponse.create = function(properties) {
        return new LoginResponse(properties);
    };

    /**
     * Encodes the specified LoginResponse message. Does not implicitly {@link LoginResponse.verify|verify} messages.
     * @function encode
     * @memberof LoginResponse
     * @static
     * @param {LoginResponse.$Properties} m LoginResponse message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    LoginResponse.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.token != null && $Object.hasOwnProperty.call(m, "token") && m.token !== "")
            w.uint32(/* id 1, wireType 2 =*/10).string(m.token);
        if (m.error != null && $Object.hasOwnProperty.call(m, "error") && m.error !== "")
            w.uint32(/* id 2, wireType 2 =*/18).string(m.error);
        if (m.expiresAtMs != null && $Object.hasOwnProperty.call(m, "expiresAtMs") && (typeof m.expiresAtMs === "object" ? m.expiresAtMs.low || m.expiresAtMs.high : m.expiresAtMs !== 0))
            w.uint32(/* id 3, wireType 0 =*/24).uint64(m.expiresAtMs);
        if (m.username != null && $Object.hasOwnProperty.call(m, "username") && m.username !== "")
            w.uint32(/* id 4, wireType 2 =*/34).string(m.username);
        if (m.errorCode != null && $Object.hasOwnProperty.call(m, "errorCode") && m.errorCode !== "")
            w.uint32(/* id 5, wireType 2 =*/42).string(m.errorCode);
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes a LoginResponse message from the specified reader or buffer.
     * @function decode
     * @memberof LoginResponse
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {LoginResponse & LoginResponse.$Shape} LoginResponse
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    LoginResponse.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m, v;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.LoginResponse();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            var u = t & 7;
            switch (t >>>= 3) {
            case 1: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.token = v;
                    else
                        delete m.token;
                    continue;
                }
            case 2: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.error = v;
                    else
                        delete m.error;
                    continue;
                }
            case 3: {
                    if (u !== 0)
                        break;
                    if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                        m.expiresAtMs = v;
                    else
                        delete m.expiresAtMs;
                    continue;
                }
            case 4: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.username = v;
                    else
                        delete m.username;
                    continue;
                }
            case 5: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.errorCode = v;
                    else
                        delete m.errorCode;
                    continue;
                }
            }
            r.skipType(u, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for LoginResponse
     * @function getTypeUrl
     * @memberof LoginResponse
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    LoginResponse.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/LoginResponse";
    };

    return LoginResponse;
})();

/**
 * NoteKind enum.
 * @name NoteKind
 * @enum {number}
 * @property {number} NOTE_KIND_CHAT=0 NOTE_KIND_CHAT value
 * @property {number} NOTE_KIND_JOIN=1 NOTE_KIND_JOIN value
 * @property {number} NOTE_KIND_LEAVE=2 NOTE_KIND_LEAVE value
 * @property {number} NOTE_KIND_SYSTEM=3 NOTE_KIND_SYSTEM value
 * @property {number} NOTE_KIND_TYPING=4 NOTE_KIND_TYPING value
 * @property {number} NOTE_KIND_EDIT=5 NOTE_KIND_EDIT value
 * @property {number} NOTE_KIND_DELETE=6 NOTE_KIND_DELETE value
 * @property {number} NOTE_KIND_MEMBER_ADDED=7 NOTE_KIND_MEMBER_ADDED value
 * @property {number} NOTE_KIND_MEMBER_REMOVED=8 NOTE_KIND_MEMBER_REMOVED value
 */
export const NoteKind = $root.NoteKind = (() => {
    const valuesById = $Object.create(null), values = $Object.create(valuesById);
    values[valuesById[0] = "NOTE_KIND_CHAT"] = 0;
    values[valuesById[1] = "NOTE_KIND_JOIN"] = 1;
    values[valuesById[2] = "NOTE_KIND_LEAVE"] = 2;
    values[valuesById[3] = "NOTE_KIND_SYSTEM"] = 3;
    values[valuesById[4] = "NOTE_KIND_TYPING"] = 4;
    values[valuesById[5] = "NOTE_KIND_EDIT"] = 5;
    values[valuesById[6] = "NOTE_KIND_DELETE"] = 6;
    values[valuesById[7] = "NOTE_KIND_MEMBER_ADDED"] = 7;
    values[valuesById[8] = "NOTE_KIND_MEMBER_REMOVED"] = 8;
    return values;
})();

export const SubscribeRequest = $root.SubscribeRequest = (() => {

    /**
     * Properties of a SubscribeRequest.
     * @typedef {Object} SubscribeRequest.$Properties
     * @property {string|null} [room] SubscribeRequest room
     * @property {number|null} [afterSeq] SubscribeRequest afterSeq
     * @property {number|null} [tail] SubscribeRequest tail
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a SubscribeRequest.
     * @exports ISubscribeRequest
     * @interface ISubscribeRequest
     * @augments SubscribeRequest.$Properties
     * @deprecated Use SubscribeRequest.$Properties instead.
     */

    /**
     * Shape of a SubscribeRequest.
     * @typedef {SubscribeRequest.$Properties} SubscribeRequest.$Shape
     */

    /**
     * Constructs a new SubscribeRequest.
     * @exports SubscribeRequest
     * @classdesc Represents a SubscribeRequest.
     * @constructor
     * @param {SubscribeRequest.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const SubscribeRequest = function (p) {
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * SubscribeRequest room.
     * @member {string} room
     * @memberof SubscribeRequest
     * @instance
     */
    SubscribeRequest.prototype.room = "";

    /**
     * SubscribeRequest afterSeq.
     * @member {number} afterSeq
     * @memberof SubscribeRequest
     * @instance
     */
    SubscribeRequest.prototype.afterSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * SubscribeRequest tail.
     * @member {number} tail
     * @memberof SubscribeRequest
     * @instance
     */
    SubscribeRequest.prototype.tail = 0;

    /**
     * Creates a new SubscribeRequest instance using the specified properties.
     * @function create
     * @memberof SubscribeRequest
     * @static
     * @param {SubscribeRequest.$Properties=} [properties] Properties to set
     * @returns {SubscribeRequest} SubscribeRequest instance
     * @type {{
     *   (properties: SubscribeRequest.$Shape): SubscribeRequest & SubscribeRequest.$Shape;
     *   (properties?: SubscribeRequest.$Properties): SubscribeRequest;
     * }}
     */
    SubscribeRequest.create = function(properties) {
        return new SubscribeRequest(properties);
    };

    /**
     * Encodes the specified SubscribeRequest message. Does not implicitly {@link SubscribeRequest.verify|verify} messages.
     * @function encode
     * @memberof SubscribeRequest
     * @static
     * @param {SubscribeRequest.$Properties} m SubscribeRequest message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    SubscribeRequest.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.room != null && $Object.hasOwnProperty.call(m, "room") && m.room !== "")
            w.uint32(/* id 1, wireType 2 =*/10).string(m.room);
        if (m.afterSeq != null && $Object.hasOwnProperty.call(m, "afterSeq") && (typeof m.afterSeq === "object" ? m.afterSeq.low || m.afterSeq.high : m.afterSeq !== 0))
            w.uint32(/* id 2, wireType 0 =*/16).uint64(m.afterSeq);
        if (m.tail != null && $Object.hasOwnProperty.call(m, "tail") && m.tail !== 0)
            w.uint32(/* id 3, wireType 0 =*/24).uint32(m.tail);
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes a SubscribeRequest message from the specified reader or buffer.
     * @function decode
     * @memberof SubscribeRequest
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {SubscribeRequest & SubscribeRequest.$Shape} SubscribeRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    SubscribeRequest.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m, v;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.SubscribeRequest();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            var u = t & 7;
            switch (t >>>= 3) {
            case 1: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.room = v;
                    else
                        delete m.room;
                    continue;
                }
            case 2: {
                    if (u !== 0)
                        break;
                    if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                        m.afterSeq = v;
                    else
                        delete m.afterSeq;
                    continue;
                }
            case 3: {
                    if (u !== 0)
                        break;
                    if (v = r.uint32())
                        m.tail = v;
                    else
                        delete m.tail;
                    continue;
                }
            }
            r.skipType(u, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for SubscribeRequest
     * @function getTypeUrl
     * @memberof SubscribeRequest
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    SubscribeRequest.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/SubscribeRequest";
    };

    return SubscribeRequest;
})();

export const SubscriptionStarted = $root.SubscriptionStarted = (() => {

    /**
     * Properties of a SubscriptionStarted.
     * @typedef {Object} SubscriptionStarted.$Properties
     * @property {string|null} [room] SubscriptionStarted room
     * @property {string|null} [epoch] SubscriptionStarted epoch
     * @property {number|null} [firstSeq] SubscriptionStarted firstSeq
     * @property {number|null} [lastSeq] SubscriptionStarted lastSeq
     * @property {boolean|null} [truncated] SubscriptionStarted truncated
     * @property {Array.<string>|null} [present] SubscriptionStarted present
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a SubscriptionStarted.
     * @exports ISubscriptionStarted
     * @interface ISubscriptionStarted
     * @augments SubscriptionStarted.$Properties
     * @deprecated Use SubscriptionStarted.$Properties instead.
     */

    /**
     * Shape of a SubscriptionStarted.
     * @typedef {SubscriptionStarted.$Properties} SubscriptionStarted.$Shape
     */

    /**
     * Constructs a new SubscriptionStarted.
     * @exports SubscriptionStarted
     * @classdesc Represents a SubscriptionStarted.
     * @constructor
     * @param {SubscriptionStarted.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const SubscriptionStarted = function (p) {
        this.present = [];
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * SubscriptionStarted room.
     * @member {string} room
     * @memberof SubscriptionStarted
     * @instance
     */
    SubscriptionStarted.prototype.room = "";

    /**
     * SubscriptionStarted epoch.
     * @member {string} epoch
     * @memberof SubscriptionStarted
     * @instance
     */
    SubscriptionStarted.prototype.epoch = "";

    /**
     * SubscriptionStarted firstSeq.
     * @member {number} firstSeq
     * @memberof SubscriptionStarted
     * @instance
     */
    SubscriptionStarted.prototype.firstSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * SubscriptionStarted lastSeq.
     * @member {number} lastSeq
     * @memberof SubscriptionStarted
     * @instance
     */
    SubscriptionStarted.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * SubscriptionStarted truncated.
     * @member {boolean} truncated
     * @memberof SubscriptionStarted
     * @instance
     */
    SubscriptionStarted.prototype.truncated = false;

    /**
     * SubscriptionStarted present.
     * @member {Array.<string>} present
     * @memberof SubscriptionStarted
     * @instance
     */
    SubscriptionStarted.prototype.present = $util.emptyArray;

    /**
     * Creates a new SubscriptionStarted instance using the specified properties.
     * @function create
     * @memberof SubscriptionStarted
     * @static
     * @param {SubscriptionStarted.$Properties=} [properties] Properties to set
     * @returns {SubscriptionStarted} SubscriptionStarted instance
     * @type {{
     *   (properties: SubscriptionStarted.$Shape): SubscriptionStarted & SubscriptionStarted.$Shape;
     *   (properties?: SubscriptionStarted.$Properties): SubscriptionStarted;
     * }}
     */
    SubscriptionStarted.create = function(properties) {
        return new SubscriptionStarted(properties);
    };

    /**
     * Encodes the specified SubscriptionStarted message. Does not implicitly {@link SubscriptionStarted.verify|verify} messages.
     * @function encode
     * @memberof SubscriptionStarted
     * @static
     * @param {SubscriptionStarted.$Properties} m SubscriptionStarted message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    SubscriptionStarted.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.room != null && $Object.hasOwnProperty.call(m, "room") && m.room !== "")
            w.uint32(/* id 1, wireType 2 =*/10).string(m.room);
        if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch") && m.epoch !== "")
            w.uint32(/* id 2, wireType 2 =*/18).string(m.epoch);
        if (m.firstSeq != null && $Object.hasOwnProperty.call(m, "firstSeq") && (typeof m.firstSeq === "object" ? m.firstSeq.low || m.firstSeq.high : m.firstSeq !== 0))
            w.uint32(/* id 3, wireType 0 =*/24).uint64(m.firstSeq);
        if (m.lastSeq != null && $Object.hasOwnProperty.call(m, "lastSeq") && (typeof m.lastSeq === "object" ? m.lastSeq.low || m.lastSeq.high : m.lastSeq !== 0))
            w.uint32(/* id 4, wireType 0 =*/32).uint64(m.lastSeq);
        if (m.truncated != null && $Object.hasOwnProperty.call(m, "truncated") && m.truncated !== false)
            w.uint32(/* id 5, wireType 0 =*/40).bool(m.truncated);
        if (m.present != null && m.present.length) {
            for (var i = 0; i < m.present.length; ++i)
                w.uint32(/* id 6, wireType 2 =*/50).string(m.present[i]);
        }
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes a SubscriptionStarted message from the specified reader or buffer.
     * @function decode
     * @memberof SubscriptionStarted
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {SubscriptionStarted & SubscriptionStarted.$Shape} SubscriptionStarted
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    SubscriptionStarted.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m, v;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.SubscriptionStarted();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            var u = t & 7;
            switch (t >>>= 3) {
            case 1: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.room = v;
                    else
                        delete m.room;
                    continue;
                }
            case 2: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.epoch = v;
                    else
                        delete m.epoch;
                    continue;
                }
            case 3: {
                    if (u !== 0)
                        break;
                    if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                        m.firstSeq = v;
                    else
                        delete m.firstSeq;
                    continue;
                }
            case 4: {
                    if (u !== 0)
                        break;
                    if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                        m.lastSeq = v;
                    else
                        delete m.lastSeq;
                    continue;
                }
            case 5: {
                    if (u !== 0)
                        break;
                    if (v = r.bool())
                        m.truncated = v;
                    else
                        delete m.truncated;
                    continue;
                }
            case 6: {
                    if (u !== 2)
                        break;
                    if (!(m.present && m.present.length))
                        m.present = [];
                    m.present.push(r.stringVerify());
                    continue;
                }
            }
            r.skipType(u, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for SubscriptionStarted
     * @function getTypeUrl
     * @memberof SubscriptionStarted
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    SubscriptionStarted.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/SubscriptionStarted";
    };

    return SubscriptionStarted;
})();

export const RoomEvent = $root.RoomEvent = (() => {

    /**
     * Properties of a RoomEvent.
     * @typedef {Object} RoomEvent.$Properties
     * @property {SubscriptionStarted.$Properties|null} [started] RoomEvent started
     * @property {Note.$Properties|null} [note] RoomEvent note
     * @property {"started"|"note"} [event] RoomEvent event
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a RoomEvent.
     * @exports IRoomEvent
     * @interface IRoomEvent
     * @augments RoomEvent.$Properties
     * @deprecated Use RoomEvent.$Properties instead.
     */

    /**
     * Narrowed shape of a RoomEvent.
     * @typedef {{
     *   started?: SubscriptionStarted.$Shape|null;
     *   note?: Note.$Shape|null;
     *   $unknowns?: Array.<Uint8Array>;
     * } & (
     *   ({ event?: undefined; started?: null; note?: null }|{ event?: "started"; started: SubscriptionStarted.$Shape; note?: null }|{ event?: "note"; started?: null; note: Note.$Shape })
     * )} RoomEvent.$Shape
     */

    /**
     * Constructs a new RoomEvent.
     * @exports RoomEvent
     * @classdesc Represents a RoomEvent.
     * @constructor
     * @param {RoomEvent.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const RoomEvent = function (p) {
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * RoomEvent started.
     * @member {SubscriptionStarted.$Properties|null|undefined} started
     * @memberof RoomEvent
     * @instance
     */
    RoomEvent.prototype.started = null;

    /**
     * RoomEvent note.
     * @member {Note.$Properties|null|undefined} note
     * @memberof RoomEvent
     * @instance
     */
    RoomEvent.prototype.note = null;

    // OneOf field names bound to virtual getters and setters
    let $oneOfFields;

    /**
     * RoomEvent event.
     * @member {"started"|"note"|undefined} event
     * @memberof RoomEvent
     * @instance
     */
    $Object.defineProperty(RoomEvent.prototype, "event", {
        get: $util.oneOfGetter($oneOfFields = ["started", "note"]),
        set: $util.oneOfSetter($oneOfFields)
    });

    /**
     * Creates a new RoomEvent instance using the specified properties.
     * @function create
     * @memberof RoomEvent
     * @static
     * @param {RoomEvent.$Properties=} [properties] Properties to set
     * @returns {RoomEvent} RoomEvent instance
     * @type {{
     *   (properties: RoomEvent.$Shape): RoomEvent & RoomEvent.$Shape;
     *   (properties?: RoomEvent.$Properties): RoomEvent;
     * }}
     */
    RoomEvent.create = function(properties) {
        return new RoomEvent(properties);
    };

    /**
     * Encodes the specified RoomEvent message. Does not implicitly {@link RoomEvent.verify|verify} messages.
     * @function encode
     * @memberof RoomEvent
     * @static
     * @param {RoomEvent.$Properties} m RoomEvent message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    RoomEvent.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.started != null && $Object.hasOwnProperty.call(m, "started"))
            $root.SubscriptionStarted.encode(m.started, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
        if (m.note != null && $Object.hasOwnProperty.call(m, "note"))
            $root.Note.encode(m.note, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes a RoomEvent message from the specified reader or buffer.
     * @function decode
     * @memberof RoomEvent
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {RoomEvent & RoomEvent.$Shape} RoomEvent
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    RoomEvent.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.RoomEvent();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            var u = t & 7;
            switch (t >>>= 3) {
            case 1: {
                    if (u !== 2)
                        break;
                    m.started = $root.SubscriptionStarted.decode(r, r.size(), $undefined, q + 1, m.started);
                    m.event = "started";
                    continue;
                }
            case 2: {
                    if (u !== 2)
                        break;
                    m.note = $root.Note.decode(r, r.size(), $undefined, q + 1, m.note);
                    m.event = "note";
                    continue;
                }
            }
            r.skipType(u, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for RoomEvent
     * @function getTypeUrl
     * @memberof RoomEvent
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    RoomEvent.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/RoomEvent";
    };

    return RoomEvent;
})();

export const HistoryRequest = $root.HistoryRequest = (() => {

    /**
     * Properties of a HistoryRequest.
     * @typedef {Object} HistoryRequest.$Properties
     * @property {string|null} [room] HistoryRequest room
     * @property {number|null} [beforeSeq] HistoryRequest beforeSeq
     * @property {number|null} [limit] HistoryRequest limit
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a HistoryRequest.
     * @exports IHistoryRequest
     * @interface IHistoryRequest
     * @augments HistoryRequest.$Properties
     * @deprecated Use HistoryRequest.$Properties instead.
     */

    /**
     * Shape of a HistoryRequest.
     * @typedef {HistoryRequest.$Properties} HistoryRequest.$Shape
     */

    /**
     * Constructs a new HistoryRequest.
     * @exports HistoryRequest
     * @classdesc Represents a HistoryRequest.
     * @constructor
     * @param {HistoryRequest.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const HistoryRequest = function (p) {
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * HistoryRequest room.
     * @member {string} room
     * @memberof HistoryRequest
     * @instance
     */
    HistoryRequest.prototype.room = "";

    /**
     * HistoryRequest beforeSeq.
     * @member {number} beforeSeq
     * @memberof HistoryRequest
     * @instance
     */
    HistoryRequest.prototype.beforeSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * HistoryRequest limit.
     * @member {number} limit
     * @memberof HistoryRequest
     * @instance
     */
    HistoryRequest.prototype.limit = 0;

    /**
     * Creates a new HistoryRequest instance using the specified properties.
     * @function create
     * @memberof HistoryRequest
     * @static
     * @param {HistoryRequest.$Properties=} [properties] Properties to set
     * @returns {HistoryRequest} HistoryRequest instance
     * @type {{
     *   (properties: HistoryRequest.$Shape): HistoryRequest & HistoryRequest.$Shape;
     *   (properties?: HistoryRequest.$Properties): HistoryRequest;
     * }}
     */
    HistoryRequest.create = function(properties) {
        return new HistoryRequest(properties);
    };

    /**
     * Encodes the specified HistoryRequest message. Does not implicitly {@link HistoryRequest.verify|verify} messages.
     * @function encode
     * @memberof HistoryRequest
     * @static
     * @param {HistoryRequest.$Properties} m HistoryRequest message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    HistoryRequest.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.room != null && $Object.hasOwnProperty.call(m, "room") && m.room !== "")
            w.uint32(/* id 1, wireType 2 =*/10).string(m.room);
        if (m.beforeSeq != null && $Object.hasOwnProperty.call(m, "beforeSeq") && (typeof m.beforeSeq === "object" ? m.beforeSeq.low || m.beforeSeq.high : m.beforeSeq !== 0))
            w.uint32(/* id 2, wireType 0 =*/16).uint64(m.beforeSeq);
        if (m.limit != null && $Object.hasOwnProperty.call(m, "limit") && m.limit !== 0)
            w.uint32(/* id 3, wireType 0 =*/24).uint32(m.limit);
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes a HistoryRequest message from the specified reader or buffer.
     * @function decode
     * @memberof HistoryRequest
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {HistoryRequest & HistoryRequest.$Shape} HistoryRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    HistoryRequest.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m, v;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.HistoryRequest();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            var u = t & 7;
            switch (t >>>= 3) {
            case 1: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.room = v;
                    else
                        delete m.room;
                    continue;
                }
            case 2: {
                    if (u !== 0)
                        break;
                    if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                        m.beforeSeq = v;
                    else
                        delete m.beforeSeq;
                    continue;
                }
            case 3: {
                    if (u !== 0)
                        break;
                    if (v = r.uint32())
                        m.limit = v;
                    else
                        delete m.limit;
                    continue;
                }
            }
            r.skipType(u, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for HistoryRequest
     * @function getTypeUrl
     * @memberof HistoryRequest
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    HistoryRequest.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/HistoryRequest";
    };

    return HistoryRequest;
})();

export const HistoryPage = $root.HistoryPage = (() => {

    /**
     * Properties of a HistoryPage.
     * @typedef {Object} HistoryPage.$Properties
     * @property {string|null} [room] HistoryPage room
     * @property {Array.<Note.$Properties>|null} [notes] HistoryPage notes
     * @property {boolean|null} [hasMore] HistoryPage hasMore
     * @property {string|null} [epoch] HistoryPage epoch
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a HistoryPage.
     * @exports IHistoryPage
     * @interface IHistoryPage
     * @augments HistoryPage.$Properties
     * @deprecated Use HistoryPage.$Properties instead.
     */

    /**
     * Shape of a HistoryPage.
     * @typedef {HistoryPage.$Properties} HistoryPage.$Shape
     */

    /**
     * Constructs a new HistoryPage.
     * @exports HistoryPage
     * @classdesc Represents a HistoryPage.
     * @constructor
     * @param {HistoryPage.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const HistoryPage = function (p) {
        this.notes = [];
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * HistoryPage room.
     * @member {string} room
     * @memberof HistoryPage
     * @instance
     */
    HistoryPage.prototype.room = "";

    /**
     * HistoryPage notes.
     * @member {Array.<Note.$Properties>} notes
     * @memberof HistoryPage
     * @instance
     */
    HistoryPage.prototype.notes = $util.emptyArray;

    /**
     * HistoryPage hasMore.
     * @member {boolean} hasMore
     * @memberof HistoryPage
     * @instance
     */
    HistoryPage.prototype.hasMore = false;

    /**
     * HistoryPage epoch.
     * @member {string} epoch
     * @memberof HistoryPage
     * @instance
     */
    HistoryPage.prototype.epoch = "";

    /**
     * Creates a new HistoryPage instance using the specified properties.
     * @function create
     * @memberof HistoryPage
     * @static
     * @param {HistoryPage.$Properties=} [properties] Properties to set
     * @returns {HistoryPage} HistoryPage instance
     * @type {{
     *   (properties: HistoryPage.$Shape): HistoryPage & HistoryPage.$Shape;
     *   (properties?: HistoryPage.$Properties): HistoryPage;
     * }}
     */
    HistoryPage.create = function(properties) {
        return new HistoryPage(properties);
    };

    /**
     * Encodes the specified HistoryPage message. Does not implicitly {@link HistoryPage.verify|verify} messages.
     * @function encode
     * @memberof HistoryPage
     * @static
     * @param {HistoryPage.$Properties} m HistoryPage message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    HistoryPage.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.room != null && $Object.hasOwnProperty.call(m, "room") && m.room !== "")
            w.uint32(/* id 1, wireType 2 =*/10).string(m.room);
        if (m.notes != null && m.notes.length) {
            for (var i = 0; i < m.notes.length; ++i)
                $root.Note.encode(m.notes[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
        }
        if (m.hasMore != null && $Object.hasOwnProperty.call(m, "hasMore") && m.hasMore !== false)
            w.uint32(/* id 3, wireType 0 =*/24).bool(m.hasMore);
        if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch") && m.epoch !== "")
            w.uint32(/* id 4, wireType 2 =*/34).string(m.epoch);
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes a HistoryPage message from the specified reader or buffer.
     * @function decode
     * @memberof HistoryPage
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {HistoryPage & HistoryPage.$Shape} HistoryPage
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    HistoryPage.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m, v;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.HistoryPage();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            var u = t & 7;
            switch (t >>>= 3) {
            case 1: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.room = v;
                    else
                        delete m.room;
                    continue;
                }
            case 2: {
                    if (u !== 2)
                        break;
                    if (!(m.notes && m.notes.length))
                        m.notes = [];
                    m.notes.push($root.Note.decode(r, r.size(), $undefined, q + 1));
                    continue;
                }
            case 3: {
                    if (u !== 0)
                        break;
                    if (v = r.bool())
                        m.hasMore = v;
                    else
                        delete m.hasMore;
                    continue;
                }
            case 4: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.epoch = v;
                    else
                        delete m.epoch;
                    continue;
                }
            }
            r.skipType(u, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for HistoryPage
     * @function getTypeUrl
     * @memberof HistoryPage
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    HistoryPage.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/HistoryPage";
    };

    return HistoryPage;
})();

export const ListRoomsRequest = $root.ListRoomsRequest = (() => {

    /**
     * Properties of a ListRoomsRequest.
     * @typedef {Object} ListRoomsRequest.$Properties
     * @property {Array.<string>|null} [rooms] ListRoomsRequest rooms
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a ListRoomsRequest.
     * @exports IListRoomsRequest
     * @interface IListRoomsRequest
     * @augments ListRoomsRequest.$Properties
     * @deprecated Use ListRoomsRequest.$Properties instead.
     */

    /**
     * Shape of a ListRoomsRequest.
     * @typedef {ListRoomsRequest.$Properties} ListRoomsRequest.$Shape
     */

    /**
     * Constructs a new ListRoomsRequest.
     * @exports ListRoomsRequest
     * @classdesc Represents a ListRoomsRequest.
     * @constructor
     * @param {ListRoomsRequest.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const ListRoomsRequest = function (p) {
        this.rooms = [];
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * ListRoomsRequest rooms.
     * @member {Array.<string>} rooms
     * @memberof ListRoomsRequest
     * @instance
     */
    ListRoomsRequest.prototype.rooms = $util.emptyArray;

    /**
     * Creates a new ListRoomsRequest instance using the specified properties.
     * @function create
     * @memberof ListRoomsRequest
     * @static
     * @param {ListRoomsRequest.$Properties=} [properties] Properties to set
     * @returns {ListRoomsRequest} ListRoomsRequest instance
     * @type {{
     *   (properties: ListRoomsRequest.$Shape): ListRoomsRequest & ListRoomsRequest.$Shape;
     *   (properties?: ListRoomsRequest.$Properties): ListRoomsRequest;
     * }}
     */
    ListRoomsRequest.create = function(properties) {
        return new ListRoomsRequest(properties);
    };

    /**
     * Encodes the specified ListRoomsRequest message. Does not implicitly {@link ListRoomsRequest.verify|verify} messages.
     * @function encode
     * @memberof ListRoomsRequest
     * @static
     * @param {ListRoomsRequest.$Properties} m ListRoomsRequest message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    ListRoomsRequest.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.rooms != null && m.rooms.length) {
            for (var i = 0; i < m.rooms.length; ++i)
                w.uint32(/* id 1, wireType 2 =*/10).string(m.rooms[i]);
        }
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes a ListRoomsRequest message from the specified reader or buffer.
     * @function decode
     * @memberof ListRoomsRequest
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {ListRoomsRequest & ListRoomsRequest.$Shape} ListRoomsRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    ListRoomsRequest.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.ListRoomsRequest();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            var u = t & 7;
            switch (t >>>= 3) {
            case 1: {
                    if (u !== 2)
                        break;
                    if (!(m.rooms && m.rooms.length))
                        m.rooms = [];
                    m.rooms.push(r.stringVerify());
                    continue;
                }
            }
            r.skipType(u, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for ListRoomsRequest
     * @function getTypeUrl
     * @memberof ListRoomsRequest
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    ListRoomsRequest.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/ListRoomsRequest";
    };

    return ListRoomsRequest;
})();

export const RoomInfo = $root.RoomInfo = (() => {

    /**
     * Properties of a RoomInfo.
     * @typedef {Object} RoomInfo.$Properties
     * @property {string|null} [name] RoomInfo name
     * @property {number|null} [lastSeq] RoomInfo lastSeq
     * @property {string|null} [epoch] RoomInfo epoch
     * @property {Array.<string>|null} [present] RoomInfo present
     * @property {number|null} [lastActivityMs] RoomInfo lastActivityMs
     * @property {RoomKind|null} [kind] RoomInfo kind
     * @property {number|null} [memberCount] RoomInfo memberCount
     * @property {number|null} [lastReadSeq] RoomInfo lastReadSeq
     * @property {number|null} [unreadCount] RoomInfo unreadCount
     * @property {number|null} [mentionCount] RoomInfo mentionCount
     * @property {string|null} [peer] RoomInfo peer
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a RoomInfo.
     * @exports IRoomInfo
     * @interface IRoomInfo
     * @augments RoomInfo.$Properties
     * @deprecated Use RoomInfo.$Properties instead.
     */

    /**
     * Shape of a RoomInfo.
     * @typedef {RoomInfo.$Properties} RoomInfo.$Shape
     */

    /**
     * Constructs a new RoomInfo.
     * @exports RoomInfo
     * @classdesc Represents a RoomInfo.
     * @constructor
     * @param {RoomInfo.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const RoomInfo = function (p) {
        this.present = [];
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * RoomInfo name.
     * @member {string} name
     * @memberof RoomInfo
     * @instance
     */
    RoomInfo.prototype.name = "";

    /**
     * RoomInfo lastSeq.
     * @member {number} lastSeq
     * @memberof RoomInfo
     * @instance
     */
    RoomInfo.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * RoomInfo epoch.
     * @member {string} epoch
     * @memberof RoomInfo
     * @instance
     */
    RoomInfo.prototype.epoch = "";

    /**
     * RoomInfo present.
     * @member {Array.<string>} present
     * @memberof RoomInfo
     * @instance
     */
    RoomInfo.prototype.present = $util.emptyArray;

    /**
     * RoomInfo lastActivityMs.
     * @member {number} lastActivityMs
     * @memberof RoomInfo
     * @instance
     */
    RoomInfo.prototype.lastActivityMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * RoomInfo kind.
     * @member {RoomKind} kind
     * @memberof RoomInfo
     * @instance
     */
    RoomInfo.prototype.kind = 0;

    /**
     * RoomInfo memberCount.
     * @member {number} memberCount
     * @memberof RoomInfo
     * @instance
     */
    RoomInfo.prototype.memberCount = 0;

    /**
     * RoomInfo lastReadSeq.
     * @member {number} lastReadSeq
     * @memberof RoomInfo
     * @instance
     */
    RoomInfo.prototype.lastReadSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * RoomInfo unreadCount.
     * @member {number} unreadCount
     * @memberof RoomInfo
     * @instance
     */
    RoomInfo.prototype.unreadCount = 0;

    /**
     * RoomInfo mentionCount.
     * @member {number} mentionCount
     * @memberof RoomInfo
     * @instance
     */
    RoomInfo.prototype.mentionCount = 0;

    /**
     * RoomInfo peer.
     * @member {string} peer
     * @memberof RoomInfo
     * @instance
     */
    RoomInfo.prototype.peer = "";

    /**
     * Creates a new RoomInfo instance using the specified properties.
     * @function create
     * @memberof RoomInfo
     * @static
     * @param {RoomInfo.$Properties=} [properties] Properties to set
     * @returns {RoomInfo} RoomInfo instance
     * @type {{
     *   (properties: RoomInfo.$Shape): RoomInfo & RoomInfo.$Shape;
     *   (properties?: RoomInfo.$Properties): RoomInfo;
     * }}
     */
    RoomInfo.create = function(properties) {
        return new RoomInfo(properties);
    };

    /**
     * Encodes the specified RoomInfo message. Does not implicitly {@link RoomInfo.verify|verify} messages.
     * @function encode
     * @memberof RoomInfo
     * @static
     * @param {RoomInfo.$Properties} m RoomInfo message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    RoomInfo.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
            w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
        if (m.lastSeq != null && $Object.hasOwnProperty.call(m, "lastSeq") && (typeof m.lastSeq === "object" ? m.lastSeq.low || m.lastSeq.high : m.lastSeq !== 0))
            w.uint32(/* id 2, wireType 0 =*/16).uint64(m.lastSeq);
        if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch") && m.epoch !== "")
            w.uint32(/* id 3, wireType 2 =*/26).string(m.epoch);
        if (m.present != null && m.present.length) {
            for (var i = 0; i < m.present.length; ++i)
                w.uint32(/* id 4, wireType 2 =*/34).string(m.present[i]);
        }
        if (m.lastActivityMs != null && $Object.hasOwnProperty.call(m, "lastActivityMs") && (typeof m.lastActivityMs === "object" ? m.lastActivityMs.low || m.lastActivityMs.high : m.lastActivityMs !== 0))
            w.uint32(/* id 5, wireType 0 =*/40).uint64(m.lastActivityMs);
        if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== 0)
            w.uint32(/* id 6, wireType 0 =*/48).int32(m.kind);
        if (m.memberCount != null && $Object.hasOwnProperty.call(m, "memberCount") && m.memberCount !== 0)
            w.uint32(/* id 7, wireType 0 =*/56).uint32(m.memberCount);
        if (m.lastReadSeq != null && $Object.hasOwnProperty.call(m, "lastReadSeq") && (typeof m.lastReadSeq === "object" ? m.lastReadSeq.low || m.lastReadSeq.high : m.lastReadSeq !== 0))
            w.uint32(/* id 8, wireType 0 =*/64).uint64(m.lastReadSeq);
        if (m.unreadCount != null && $Object.hasOwnProperty.call(m, "unreadCount") && m.unreadCount !== 0)
            w.uint32(/* id 9, wireType 0 =*/72).uint32(m.unreadCount);
        if (m.mentionCount != null && $Object.hasOwnProperty.call(m, "mentionCount") && m.mentionCount !== 0)
            w.uint32(/* id 10, wireType 0 =*/80).uint32(m.mentionCount);
        if (m.peer != null && $Object.hasOwnProperty.call(m, "peer") && m.peer !== "")
            w.uint32(/* id 11, wireType 2 =*/90).string(m.peer);
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes a RoomInfo message from the specified reader or buffer.
     * @function decode
     * @memberof RoomInfo
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {RoomInfo & RoomInfo.$Shape} RoomInfo
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    RoomInfo.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m, v;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.RoomInfo();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            var u = t & 7;
            switch (t >>>= 3) {
            case 1: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.name = v;
                    else
                        delete m.name;
                    continue;
                }
            case 2: {
                    if (u !== 0)
                        break;
                    if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                        m.lastSeq = v;
                    else
                        delete m.lastSeq;
                    continue;
                }
            case 3: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.epoch = v;
                    else
                        delete m.epoch;
                    continue;
                }
            case 4: {
                    if (u !== 2)
                        break;
                    if (!(m.present && m.present.length))
                        m.present = [];
                    m.present.push(r.stringVerify());
                    continue;
                }
            case 5: {
                    if (u !== 0)
                        break;
                    if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                        m.lastActivityMs = v;
                    else
                        delete m.lastActivityMs;
                    continue;
                }
            case 6: {
                    if (u !== 0)
                        break;
                    if (v = r.int32())
                        m.kind = v;
                    else
                        delete m.kind;
                    continue;
                }
            case 7: {
                    if (u !== 0)
                        break;
                    if (v = r.uint32())
                        m.memberCount = v;
                    else
                        delete m.memberCount;
                    continue;
                }
            case 8: {
                    if (u !== 0)
                        break;
                    if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                        m.lastReadSeq = v;
                    else
                        delete m.lastReadSeq;
                    continue;
                }
            case 9: {
                    if (u !== 0)
                        break;
                    if (v = r.uint32())
                        m.unreadCount = v;
                    else
                        delete m.unreadCount;
                    continue;
                }
            case 10: {
                    if (u !== 0)
                        break;
                    if (v = r.uint32())
                        m.mentionCount = v;
                    else
                        delete m.mentionCount;
                    continue;
                }
            case 11: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.peer = v;
                    else
                        delete m.peer;
                    continue;
                }
            }
            r.skipType(u, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for RoomInfo
     * @function getTypeUrl
     * @memberof RoomInfo
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    RoomInfo.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/RoomInfo";
    };

    return RoomInfo;
})();

/**
 * RoomKind enum.
 * @name RoomKind
 * @enum {number}
 * @property {number} ROOM_KIND_PUBLIC=0 ROOM_KIND_PUBLIC value
 * @property {number} ROOM_KIND_PRIVATE=1 ROOM_KIND_PRIVATE value
 * @property {number} ROOM_KIND_DIRECT=2 ROOM_KIND_DIRECT value
 */
export const RoomKind = $root.RoomKind = (() => {
    const valuesById = $Object.create(null), values = $Object.create(valuesById);
    values[valuesById[0] = "ROOM_KIND_PUBLIC"] = 0;
    values[valuesById[1] = "ROOM_KIND_PRIVATE"] = 1;
    values[valuesById[2] = "ROOM_KIND_DIRECT"] = 2;
    return values;
})();

export const RoomList = $root.RoomList = (() => {

    /**
     * Properties of a RoomList.
     * @typedef {Object} RoomList.$Properties
     * @property {Array.<RoomInfo.$Properties>|null} [rooms] RoomList rooms
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a RoomList.
     * @exports IRoomList
     * @interface IRoomList
     * @augments RoomList.$Properties
     * @deprecated Use RoomList.$Properties instead.
     */

    /**
     * Shape of a RoomList.
     * @typedef {RoomList.$Properties} RoomList.$Shape
     */

    /**
     * Constructs a new RoomList.
     * @exports RoomList
     * @classdesc Represents a RoomList.
     * @constructor
     * @param {RoomList.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const RoomList = function (p) {
        this.rooms = [];
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * RoomList rooms.
     * @member {Array.<RoomInfo.$Properties>} rooms
     * @memberof RoomList
     * @instance
     */
    RoomList.prototype.rooms = $util.emptyArray;

    /**
     * Creates a new RoomList instance using the specified properties.
     * @function create
     * @memberof RoomList
     * @static
     * @param {RoomList.$Properties=} [properties] Properties to set
     * @returns {RoomList} RoomList instance
     * @type {{
     *   (properties: RoomList.$Shape): RoomList & RoomList.$Shape;
     *   (properties?: RoomList.$Properties): RoomList;
     * }}
     */
    RoomList.create = function(properties) {
        return new RoomList(properties);
    };

    /**
     * Encodes the specified RoomList message. Does not implicitly {@link RoomList.verify|verify} messages.
     * @function encode
     * @memberof RoomList
     * @static
     * @param {RoomList.$Properties} m RoomList message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    RoomList.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.rooms != null && m.rooms.length) {
            for (var i = 0; i < m.rooms.length; ++i)
                $root.RoomInfo.encode(m.rooms[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
        }
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes a RoomList message from the specified reader or buffer.
     * @function decode
     * @memberof RoomList
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {RoomList & RoomList.$Shape} RoomList
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    RoomList.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.RoomList();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            var u = t & 7;
            switch (t >>>= 3) {
            case 1: {
                    if (u !== 2)
                        break;
                    if (!(m.rooms && m.rooms.length))
                        m.rooms = [];
                    m.rooms.push($root.RoomInfo.decode(r, r.size(), $undefined, q + 1));
                    continue;
                }
            }
            r.skipType(u, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for RoomList
     * @function getTypeUrl
     * @memberof RoomList
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    RoomList.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/RoomList";
    };

    return RoomList;
})();

/**
 * PresenceState enum.
 * @name PresenceState
 * @enum {number}
 * @property {number} PRESENCE_STATE_JOINED=0 PRESENCE_STATE_JOINED value
 * @property {number} PRESENCE_STATE_LEFT=1 PRESENCE_STATE_LEFT value
 * @property {number} PRESENCE_STATE_TYPING=2 PRESENCE_STATE_TYPING value
 */
export const PresenceState = $root.PresenceState = (() => {
    const valuesById = $Object.create(null), values = $Object.create(valuesById);
    values[valuesById[0] = "PRESENCE_STATE_JOINED"] = 0;
    values[valuesById[1] = "PRESENCE_STATE_LEFT"] = 1;
    values[valuesById[2] = "PRESENCE_STATE_TYPING"] = 2;
    return values;
})();

export const PresenceUpdate = $root.PresenceUpdate = (() => {

    /**
     * Properties of a PresenceUpdate.
     * @typedef {Object} PresenceUpdate.$Properties
     * @property {string|null} [room] PresenceUpdate room
     * @property {PresenceState|null} [state] PresenceUpdate state
     * @property {string|null} [holderId] PresenceUpdate holderId
     * @property {number|null} [ttlSeconds] PresenceUpdate ttlSeconds
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a PresenceUpdate.
     * @exports IPresenceUpdate
     * @interface IPresenceUpdate
     * @augments PresenceUpdate.$Properties
     * @deprecated Use PresenceUpdate.$Properties instead.
     */

    /**
     * Shape of a PresenceUpdate.
     * @typedef {PresenceUpdate.$Properties} PresenceUpdate.$Shape
     */

    /**
     * Constructs a new PresenceUpdate.
     * @exports PresenceUpdate
     * @classdesc Represents a PresenceUpdate.
     * @constructor
     * @param {PresenceUpdate.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const PresenceUpdate = function (p) {
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * PresenceUpdate room.
     * @member {string} room
     * @memberof PresenceUpdate
     * @instance
     */
    PresenceUpdate.prototype.room = "";

    /**
     * PresenceUpdate state.
     * @member {PresenceState} state
     * @memberof PresenceUpdate
     * @instance
     */
    PresenceUpdate.prototype.state = 0;

    /**
     * PresenceUpdate holderId.
     * @member {string} holderId
     * @memberof PresenceUpdate
     * @instance
     */
    PresenceUpdate.prototype.holderId = "";

    /**
     * PresenceUpdate ttlSeconds.
     * @member {number} ttlSeconds
     * @memberof PresenceUpdate
     * @instance
     */
    PresenceUpdate.prototype.ttlSeconds = 0;

    /**
     * Creates a new PresenceUpdate instance using the specified properties.
     * @function create
     * @memberof PresenceUpdate
     * @static
     * @param {PresenceUpdate.$Properties=} [properties] Properties to set
     * @returns {PresenceUpdate} PresenceUpdate instance
     * @type {{
     *   (properties: PresenceUpdate.$Shape): PresenceUpdate & PresenceUpdate.$Shape;
     *   (properties?: PresenceUpdate.$Properties): PresenceUpdate;
     * }}
     */
    PresenceUpdate.create = function(properties) {
        return new PresenceUpdate(properties);
    };

    /**
     * Encodes the specified PresenceUpdate message. Does not implicitly {@link PresenceUpdate.verify|verify} messages.
     * @function encode
     * @memberof PresenceUpdate
     * @static
     * @param {PresenceUpdate.$Properties} m PresenceUpdate message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    PresenceUpdate.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.room != null && $Object.hasOwnProperty.call(m, "room") && m.room !== "")
            w.uint32(/* id 1, wireType 2 =*/10).string(m.room);
        if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== 0)
            w.uint32(/* id 2, wireType 0 =*/16).int32(m.state);
        if (m.holderId != null && $Object.hasOwnProperty.call(m, "holderId") && m.holderId !== "")
            w.uint32(/* id 3, wireType 2 =*/26).string(m.holderId);
        if (m.ttlSeconds != null && $Object.hasOwnProperty.call(m, "ttlSeconds") && m.ttlSeconds !== 0)
            w.uint32(/* id 4, wireType 0 =*/32).uint32(m.ttlSeconds);
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes a PresenceUpdate message from the specified reader or buffer.
     * @function decode
     * @memberof PresenceUpdate
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {PresenceUpdate & PresenceUpdate.$Shape} PresenceUpdate
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    PresenceUpdate.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m, v;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.PresenceUpdate();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            var u = t & 7;
            switch (t >>>= 3) {
            case 1: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.room = v;
                    else
                        delete m.room;
                    continue;
                }
            case 2: {
                    if (u !== 0)
                        break;
                    if (v = r.int32())
                        m.state = v;
                    else
                        delete m.state;
                    continue;
                }
            case 3: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.holderId = v;
                    else
                        delete m.holderId;
                    continue;
                }
            case 4: {
                    if (u !== 0)
                        break;
                    if (v = r.uint32())
                        m.ttlSeconds = v;
                    else
                        delete m.ttlSeconds;
                    continue;
                }
            }
            r.skipType(u, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for PresenceUpdate
     * @function getTypeUrl
     * @memberof PresenceUpdate
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    PresenceUpdate.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/PresenceUpdate";
    };

    return PresenceUpdate;
})();

export const CreateRoomRequest = $root.CreateRoomRequest = (() => {

    /**
     * Properties of a CreateRoomRequest.
     * @typedef {Object} CreateRoomRequest.$Properties
     * @property {string|null} [room] CreateRoomRequest room
     * @property {RoomKind|null} [kind] CreateRoomRequest kind
     * @property {Array.<string>|null} [members] CreateRoomRequest members
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a CreateRoomRequest.
     * @exports ICreateRoomRequest
     * @interface ICreateRoomRequest
     * @augments CreateRoomRequest.$Properties
     * @deprecated Use CreateRoomRequest.$Properties instead.
     */

    /**
     * Shape of a CreateRoomRequest.
     * @typedef {CreateRoomRequest.$Properties} CreateRoomRequest.$Shape
     */

    /**
     * Constructs a new CreateRoomRequest.
     * @exports CreateRoomRequest
     * @classdesc Represents a CreateRoomRequest.
     * @constructor
     * @param {CreateRoomRequest.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const CreateRoomRequest = function (p) {
        this.members = [];
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * CreateRoomRequest room.
     * @member {string} room
     * @memberof CreateRoomRequest
     * @instance
     */
    CreateRoomRequest.prototype.room = "";

    /**
     * CreateRoomRequest kind.
     * @member {RoomKind} kind
     * @memberof CreateRoomRequest
     * @instance
     */
    CreateRoomRequest.prototype.kind = 0;

    /**
     * CreateRoomRequest members.
     * @member {Array.<string>} members
     * @memberof CreateRoomRequest
     * @instance
     */
    CreateRoomRequest.prototype.members = $util.emptyArray;

    /**
     * Creates a new CreateRoomRequest instance using the specified properties.
     * @function create
     * @memberof CreateRoomRequest
     * @static
     * @param {CreateRoomRequest.$Properties=} [properties] Properties to set
     * @returns {CreateRoomRequest} CreateRoomRequest instance
     * @type {{
     *   (properties: CreateRoomRequest.$Shape): CreateRoomRequest & CreateRoomRequest.$Shape;
     *   (properties?: CreateRoomRequest.$Properties): CreateRoomRequest;
     * }}
     */
    CreateRoomRequest.create = function(properties) {
        return new CreateRoomRequest(properties);
    };

    /**
     * Encodes the specified CreateRoomRequest message. Does not implicitly {@link CreateRoomRequest.verify|verify} messages.
     * @function encode
     * @memberof CreateRoomRequest
     * @static
     * @param {CreateRoomRequest.$Properties} m CreateRoomRequest message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    CreateRoomRequest.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.room != null && $Object.hasOwnProperty.call(m, "room") && m.room !== "")
            w.uint32(/* id 1, wireType 2 =*/10).string(m.room);
        if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== 0)
            w.uint32(/* id 2, wireType 0 =*/16).int32(m.kind);
        if (m.members != null && m.members.length) {
            for (var i = 0; i < m.members.length; ++i)
                w.uint32(/* id 3, wireType 2 =*/26).string(m.members[i]);
        }
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes a CreateRoomRequest message from the specified reader or buffer.
     * @function decode
     * @memberof CreateRoomRequest
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {CreateRoomRequest & CreateRoomRequest.$Shape} CreateRoomRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    CreateRoomRequest.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m, v;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.CreateRoomRequest();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            var u = t & 7;
            switch (t >>>= 3) {
            case 1: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.room = v;
                    else
                        delete m.room;
                    continue;
                }
            case 2: {
                    if (u !== 0)
                        break;
                    if (v = r.int32())
                        m.kind = v;
                    else
                        delete m.kind;
                    continue;
                }
            case 3: {
                    if (u !== 2)
                        break;
                    if (!(m.members && m.members.length))
                        m.members = [];
                    m.members.push(r.stringVerify());
                    continue;
                }
            }
            r.skipType(u, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for CreateRoomRequest
     * @function getTypeUrl
     * @memberof CreateRoomRequest
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    CreateRoomRequest.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/CreateRoomRequest";
    };

    return CreateRoomRequest;
})();

export const OpenDirectRequest = $root.OpenDirectRequest = (() => {

    /**
     * Properties of an OpenDirectRequest.
     * @typedef {Object} OpenDirectRequest.$Properties
     * @property {string|null} [peer] OpenDirectRequest peer
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of an OpenDirectRequest.
     * @exports IOpenDirectRequest
     * @interface IOpenDirectRequest
     * @augments OpenDirectRequest.$Properties
     * @deprecated Use OpenDirectRequest.$Properties instead.
     */

    /**
     * Shape of an OpenDirectRequest.
     * @typedef {OpenDirectRequest.$Properties} OpenDirectRequest.$Shape
     */

    /**
     * Constructs a new OpenDirectRequest.
     * @exports OpenDirectRequest
     * @classdesc Represents an OpenDirectRequest.
     * @constructor
     * @param {OpenDirectRequest.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const OpenDirectRequest = function (p) {
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * OpenDirectRequest peer.
     * @member {string} peer
     * @memberof OpenDirectRequest
     * @instance
     */
    OpenDirectRequest.prototype.peer = "";

    /**
     * Creates a new OpenDirectRequest instance using the specified properties.
     * @function create
     * @memberof OpenDirectRequest
     * @static
     * @param {OpenDirectRequest.$Properties=} [properties] Properties to set
     * @returns {OpenDirectRequest} OpenDirectRequest instance
     * @type {{
     *   (properties: OpenDirectRequest.$Shape): OpenDirectRequest & OpenDirectRequest.$Shape;
     *   (properties?: OpenDirectRequest.$Properties): OpenDirectRequest;
     * }}
     */
    OpenDirectRequest.create = function(properties) {
        return new OpenDirectRequest(properties);
    };

    /**
     * Encodes the specified OpenDirectRequest message. Does not implicitly {@link OpenDirectRequest.verify|verify} messages.
     * @function encode
     * @memberof OpenDirectRequest
     * @static
     * @param {OpenDirectRequest.$Properties} m OpenDirectRequest message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    OpenDirectRequest.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.peer != null && $Object.hasOwnProperty.call(m, "peer") && m.peer !== "")
            w.uint32(/* id 1, wireType 2 =*/10).string(m.peer);
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes an OpenDirectRequest message from the specified reader or buffer.
     * @function decode
     * @memberof OpenDirectRequest
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {OpenDirectRequest & OpenDirectRequest.$Shape} OpenDirectRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    OpenDirectRequest.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m, v;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.OpenDirectRequest();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            var u = t & 7;
            switch (t >>>= 3) {
            case 1: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.peer = v;
                    else
                        delete m.peer;
                    continue;
                }
            }
            r.skipType(u, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for OpenDirectRequest
     * @function getTypeUrl
     * @memberof OpenDirectRequest
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    OpenDirectRequest.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/OpenDirectRequest";
    };

    return OpenDirectRequest;
})();

export const MemberRequest = $root.MemberRequest = (() => {

    /**
     * Properties of a MemberRequest.
     * @typedef {Object} MemberRequest.$Properties
     * @property {string|null} [room] MemberRequest room
     * @property {string|null} [username] MemberRequest username
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a MemberRequest.
     * @exports IMemberRequest
     * @interface IMemberRequest
     * @augments MemberRequest.$Properties
     * @deprecated Use MemberRequest.$Properties instead.
     */

    /**
     * Shape of a MemberRequest.
     * @typedef {MemberRequest.$Properties} MemberRequest.$Shape
     */

    /**
     * Constructs a new MemberRequest.
     * @exports MemberRequest
     * @classdesc Represents a MemberRequest.
     * @constructor
     * @param {MemberRequest.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const MemberRequest = function (p) {
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * MemberRequest room.
     * @member {string} room
     * @memberof MemberRequest
     * @instance
     */
    MemberRequest.prototype.room = "";

    /**
     * MemberRequest username.
     * @member {string} username
     * @memberof MemberRequest
     * @instance
     */
    MemberRequest.prototype.username = "";

    /**
     * Creates a new MemberRequest instance using the specified properties.
     * @function create
     * @memberof MemberRequest
     * @static
     * @param {MemberRequest.$Properties=} [properties] Properties to set
     * @returns {MemberRequest} MemberRequest instance
     * @type {{
     *   (properties: MemberRequest.$Shape): MemberRequest & MemberRequest.$Shape;
     *   (properties?: MemberRequest.$Properties): MemberRequest;
     * }}
     */
    MemberRequest.create = function(properties) {
        return new MemberRequest(properties);
    };

    /**
     * Encodes the specified MemberRequest message. Does not implicitly {@link MemberRequest.verify|verify} messages.
     * @function encode
     * @memberof MemberRequest
     * @static
     * @param {MemberRequest.$Properties} m MemberRequest message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    MemberRequest.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.room != null && $Object.hasOwnProperty.call(m, "room") && m.room !== "")
            w.uint32(/* id 1, wireType 2 =*/10).string(m.room);
        if (m.username != null && $Object.hasOwnProperty.call(m, "username") && m.username !== "")
            w.uint32(/* id 2, wireType 2 =*/18).string(m.username);
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes a MemberRequest message from the specified reader or buffer.
     * @function decode
     * @memberof MemberRequest
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {MemberRequest & MemberRequest.$Shape} MemberRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    MemberRequest.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m, v;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.MemberRequest();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            var u = t & 7;
            switch (t >>>= 3) {
            case 1: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.room = v;
                    else
                        delete m.room;
                    continue;
                }
            case 2: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.username = v;
                    else
                        delete m.username;
                    continue;
                }
            }
            r.skipType(u, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for MemberRequest
     * @function getTypeUrl
     * @memberof MemberRequest
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    MemberRequest.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/MemberRequest";
    };

    return MemberRequest;
})();

export const RoomRequest = $root.RoomRequest = (() => {

    /**
     * Properties of a RoomRequest.
     * @typedef {Object} RoomRequest.$Properties
     * @property {string|null} [room] RoomRequest room
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a RoomRequest.
     * @exports IRoomRequest
     * @interface IRoomRequest
     * @augments RoomRequest.$Properties
     * @deprecated Use RoomRequest.$Properties instead.
     */

    /**
     * Shape of a RoomRequest.
     * @typedef {RoomRequest.$Properties} RoomRequest.$Shape
     */

    /**
     * Constructs a new RoomRequest.
     * @exports RoomRequest
     * @classdesc Represents a RoomRequest.
     * @constructor
     * @param {RoomRequest.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const RoomRequest = function (p) {
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * RoomRequest room.
     * @member {string} room
     * @memberof RoomRequest
     * @instance
     */
    RoomRequest.prototype.room = "";

    /**
     * Creates a new RoomRequest instance using the specified properties.
     * @function create
     * @memberof RoomRequest
     * @static
     * @param {RoomRequest.$Properties=} [properties] Properties to set
     * @returns {RoomRequest} RoomRequest instance
     * @type {{
     *   (properties: RoomRequest.$Shape): RoomRequest & RoomRequest.$Shape;
     *   (properties?: RoomRequest.$Properties): RoomRequest;
     * }}
     */
    RoomRequest.create = function(properties) {
        return new RoomRequest(properties);
    };

    /**
     * Encodes the specified RoomRequest message. Does not implicitly {@link RoomRequest.verify|verify} messages.
     * @function encode
     * @memberof RoomRequest
     * @static
     * @param {RoomRequest.$Properties} m RoomRequest message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    RoomRequest.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.room != null && $Object.hasOwnProperty.call(m, "room") && m.room !== "")
            w.uint32(/* id 1, wireType 2 =*/10).string(m.room);
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes a RoomRequest message from the specified reader or buffer.
     * @function decode
     * @memberof RoomRequest
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {RoomRequest & RoomRequest.$Shape} RoomRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    RoomRequest.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m, v;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.RoomRequest();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            var u = t & 7;
            switch (t >>>= 3) {
            case 1: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.room = v;
                    else
                        delete m.room;
                    continue;
                }
            }
            r.skipType(u, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for RoomRequest
     * @function getTypeUrl
     * @memberof RoomRequest
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    RoomRequest.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/RoomRequest";
    };

    return RoomRequest;
})();

export const MemberList = $root.MemberList = (() => {

    /**
     * Properties of a MemberList.
     * @typedef {Object} MemberList.$Properties
     * @property {string|null} [room] MemberList room
     * @property {Array.<string>|null} [members] MemberList members
     * @property {RoomKind|null} [kind] MemberList kind
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a MemberList.
     * @exports IMemberList
     * @interface IMemberList
     * @augments MemberList.$Properties
     * @deprecated Use MemberList.$Properties instead.
     */

    /**
     * Shape of a MemberList.
     * @typedef {MemberList.$Properties} MemberList.$Shape
     */

    /**
     * Constructs a new MemberList.
     * @exports MemberList
     * @classdesc Represents a MemberList.
     * @constructor
     * @param {MemberList.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const MemberList = function (p) {
        this.members = [];
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * MemberList room.
     * @member {string} room
     * @memberof MemberList
     * @instance
     */
    MemberList.prototype.room = "";

    /**
     * MemberList members.
     * @member {Array.<string>} members
     * @memberof MemberList
     * @instance
     */
    MemberList.prototype.members = $util.emptyArray;

    /**
     * MemberList kind.
     * @member {RoomKind} kind
     * @memberof MemberList
     * @instance
     */
    MemberList.prototype.kind = 0;

    /**
     * Creates a new MemberList instance using the specified properties.
     * @function create
     * @memberof MemberList
     * @static
     * @param {MemberList.$Properties=} [properties] Properties to set
     * @returns {MemberList} MemberList instance
     * @type {{
     *   (properties: MemberList.$Shape): MemberList & MemberList.$Shape;
     *   (properties?: MemberList.$Properties): MemberList;
     * }}
     */
    MemberList.create = function(properties) {
        return new MemberList(properties);
    };

    /**
     * Encodes the specified MemberList message. Does not implicitly {@link MemberList.verify|verify} messages.
     * @function encode
     * @memberof MemberList
     * @static
     * @param {MemberList.$Properties} m MemberList message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    MemberList.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.room != null && $Object.hasOwnProperty.call(m, "room") && m.room !== "")
            w.uint32(/* id 1, wireType 2 =*/10).string(m.room);
        if (m.members != null && m.members.length) {
            for (var i = 0; i < m.members.length; ++i)
                w.uint32(/* id 2, wireType 2 =*/18).string(m.members[i]);
        }
        if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== 0)
            w.uint32(/* id 3, wireType 0 =*/24).int32(m.kind);
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes a MemberList message from the specified reader or buffer.
     * @function decode
     * @memberof MemberList
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {MemberList & MemberList.$Shape} MemberList
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    MemberList.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m, v;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.MemberList();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            var u = t & 7;
            switch (t >>>= 3) {
            case 1: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.room = v;
                    else
                        delete m.room;
                    continue;
                }
            case 2: {
                    if (u !== 2)
                        break;
                    if (!(m.members && m.members.length))
                        m.members = [];
                    m.members.push(r.stringVerify());
                    continue;
                }
            case 3: {
                    if (u !== 0)
                        break;
                    if (v = r.int32())
                        m.kind = v;
                    else
                        delete m.kind;
                    continue;
                }
            }
            r.skipType(u, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for MemberList
     * @function getTypeUrl
     * @memberof MemberList
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    MemberList.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/MemberList";
    };

    return MemberList;
})();

export const BrowseRoomsRequest = $root.BrowseRoomsRequest = (() => {

    /**
     * Properties of a BrowseRoomsRequest.
     * @typedef {Object} BrowseRoomsRequest.$Properties
     * @property {string|null} [query] BrowseRoomsRequest query
     * @property {string|null} [after] BrowseRoomsRequest after
     * @property {number|null} [limit] BrowseRoomsRequest limit
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a BrowseRoomsRequest.
     * @exports IBrowseRoomsRequest
     * @interface IBrowseRoomsRequest
     * @augments BrowseRoomsRequest.$Properties
     * @deprecated Use BrowseRoomsRequest.$Properties instead.
     */

    /**
     * Shape of a BrowseRoomsRequest.
     * @typedef {BrowseRoomsRequest.$Properties} BrowseRoomsRequest.$Shape
     */

    /**
     * Constructs a new BrowseRoomsRequest.
     * @exports BrowseRoomsRequest
     * @classdesc Represents a BrowseRoomsRequest.
     * @constructor
     * @param {BrowseRoomsRequest.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const BrowseRoomsRequest = function (p) {
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * BrowseRoomsRequest query.
     * @member {string} query
     * @memberof BrowseRoomsRequest
     * @instance
     */
    BrowseRoomsRequest.prototype.query = "";

    /**
     * BrowseRoomsRequest after.
     * @member {string} after
     * @memberof BrowseRoomsRequest
     * @instance
     */
    BrowseRoomsRequest.prototype.after = "";

    /**
     * BrowseRoomsRequest limit.
     * @member {number} limit
     * @memberof BrowseRoomsRequest
     * @instance
     */
    BrowseRoomsRequest.prototype.limit = 0;

    /**
     * Creates a new BrowseRoomsRequest instance using the specified properties.
     * @function create
     * @memberof BrowseRoomsRequest
     * @static
     * @param {BrowseRoomsRequest.$Properties=} [properties] Properties to set
     * @returns {BrowseRoomsRequest} BrowseRoomsRequest instance
     * @type {{
     *   (properties: BrowseRoomsRequest.$Shape): BrowseRoomsRequest & BrowseRoomsRequest.$Shape;
     *   (properties?: BrowseRoomsRequest.$Properties): BrowseRoomsRequest;
     * }}
     */
    BrowseRoomsRequest.create = function(properties) {
        return new BrowseRoomsRequest(properties);
    };

    /**
     * Encodes the specified BrowseRoomsRequest message. Does not implicitly {@link BrowseRoomsRequest.verify|verify} messages.
     * @function encode
     * @memberof BrowseRoomsRequest
     * @static
     * @param {BrowseRoomsRequest.$Properties} m BrowseRoomsRequest message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    BrowseRoomsRequest.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.query != null && $Object.hasOwnProperty.call(m, "query") && m.query !== "")
            w.uint32(/* id 1, wireType 2 =*/10).string(m.query);
        if (m.after != null && $Object.hasOwnProperty.call(m, "after") && m.after !== "")
            w.uint32(/* id 2, wireType 2 =*/18).string(m.after);
        if (m.limit != null && $Object.hasOwnProperty.call(m, "limit") && m.limit !== 0)
            w.uint32(/* id 3, wireType 0 =*/24).uint32(m.limit);
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes a BrowseRoomsRequest message from the specified reader or buffer.
     * @function decode
     * @memberof BrowseRoomsRequest
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {BrowseRoomsRequest & BrowseRoomsRequest.$Shape} BrowseRoomsRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    BrowseRoomsRequest.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m, v;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.BrowseRoomsRequest();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            var u = t & 7;
            switch (t >>>= 3) {
            case 1: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.query = v;
                    else
                        delete m.query;
                    continue;
                }
            case 2: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.after = v;
                    else
                        delete m.after;
                    continue;
                }
            case 3: {
                    if (u !== 0)
                        break;
                    if (v = r.uint32())
                        m.limit = v;
                    else
                        delete m.limit;
                    continue;
                }
            }
            r.skipType(u, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for BrowseRoomsRequest
     * @function getTypeUrl
     * @memberof BrowseRoomsRequest
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    BrowseRoomsRequest.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/BrowseRoomsRequest";
    };

    return BrowseRoomsRequest;
})();

export const RoomDirectory = $root.RoomDirectory = (() => {

    /**
     * Properties of a RoomDirectory.
     * @typedef {Object} RoomDirectory.$Properties
     * @property {Array.<RoomInfo.$Properties>|null} [rooms] RoomDirectory rooms
     * @property {string|null} [nextAfter] RoomDirectory nextAfter
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a RoomDirectory.
     * @exports IRoomDirectory
     * @interface IRoomDirectory
     * @augments RoomDirectory.$Properties
     * @deprecated Use RoomDirectory.$Properties instead.
     */

    /**
     * Shape of a RoomDirectory.
     * @typedef {RoomDirectory.$Properties} RoomDirectory.$Shape
     */

    /**
     * Constructs a new RoomDirectory.
     * @exports RoomDirectory
     * @classdesc Represents a RoomDirectory.
     * @constructor
     * @param {RoomDirectory.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const RoomDirectory = function (p) {
        this.rooms = [];
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * RoomDirectory rooms.
     * @member {Array.<RoomInfo.$Properties>} rooms
     * @memberof RoomDirectory
     * @instance
     */
    RoomDirectory.prototype.rooms = $util.emptyArray;

    /**
     * RoomDirectory nextAfter.
     * @member {string} nextAfter
     * @memberof RoomDirectory
     * @instance
     */
    RoomDirectory.prototype.nextAfter = "";

    /**
     * Creates a new RoomDirectory instance using the specified properties.
     * @function create
     * @memberof RoomDirectory
     * @static
     * @param {RoomDirectory.$Properties=} [properties] Properties to set
     * @returns {RoomDirectory} RoomDirectory instance
     * @type {{
     *   (properties: RoomDirectory.$Shape): RoomDirectory & RoomDirectory.$Shape;
     *   (properties?: RoomDirectory.$Properties): RoomDirectory;
     * }}
     */
    RoomDirectory.create = function(properties) {
        return new RoomDirectory(properties);
    };

    /**
     * Encodes the specified RoomDirectory message. Does not implicitly {@link RoomDirectory.verify|verify} messages.
     * @function encode
     * @memberof RoomDirectory
     * @static
     * @param {RoomDirectory.$Properties} m RoomDirectory message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    RoomDirectory.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.rooms != null && m.rooms.length) {
            for (var i = 0; i < m.rooms.length; ++i)
                $root.RoomInfo.encode(m.rooms[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
        }
        if (m.nextAfter != null && $Object.hasOwnProperty.call(m, "nextAfter") && m.nextAfter !== "")
            w.uint32(/* id 2, wireType 2 =*/18).string(m.nextAfter);
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes a RoomDirectory message from the specified reader or buffer.
     * @function decode
     * @memberof RoomDirectory
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {RoomDirectory & RoomDirectory.$Shape} RoomDirectory
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    RoomDirectory.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m, v;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.RoomDirectory();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            var u = t & 7;
            switch (t >>>= 3) {
            case 1: {
                    if (u !== 2)
                        break;
                    if (!(m.rooms && m.rooms.length))
                        m.rooms = [];
                    m.rooms.push($root.RoomInfo.decode(r, r.size(), $undefined, q + 1));
                    continue;
                }
            case 2: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.nextAfter = v;
                    else
                        delete m.nextAfter;
                    continue;
                }
            }
            r.skipType(u, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for RoomDirectory
     * @function getTypeUrl
     * @memberof RoomDirectory
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    RoomDirectory.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/RoomDirectory";
    };

    return RoomDirectory;
})();

export const MarkReadRequest = $root.MarkReadRequest = (() => {

    /**
     * Properties of a MarkReadRequest.
     * @typedef {Object} MarkReadRequest.$Properties
     * @property {string|null} [room] MarkReadRequest room
     * @property {number|null} [seq] MarkReadRequest seq
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a MarkReadRequest.
     * @exports IMarkReadRequest
     * @interface IMarkReadRequest
     * @augments MarkReadRequest.$Properties
     * @deprecated Use MarkReadRequest.$Properties instead.
     */

    /**
     * Shape of a MarkReadRequest.
     * @typedef {MarkReadRequest.$Properties} MarkReadRequest.$Shape
     */

    /**
     * Constructs a new MarkReadRequest.
     * @exports MarkReadRequest
     * @classdesc Represents a MarkReadRequest.
     * @constructor
     * @param {MarkReadRequest.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const MarkReadRequest = function (p) {
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * MarkReadRequest room.
     * @member {string} room
     * @memberof MarkReadRequest
     * @instance
     */
    MarkReadRequest.prototype.room = "";

    /**
     * MarkReadRequest seq.
     * @member {number} seq
     * @memberof MarkReadRequest
     * @instance
     */
    MarkReadRequest.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * Creates a new MarkReadRequest instance using the specified properties.
     * @function create
     * @memberof MarkReadRequest
     * @static
     * @param {MarkReadRequest.$Properties=} [properties] Properties to set
     * @returns {MarkReadRequest} MarkReadRequest instance
     * @type {{
     *   (properties: MarkReadRequest.$Shape): MarkReadRequest & MarkReadRequest.$Shape;
     *   (properties?: MarkReadRequest.$Properties): MarkReadRequest;
     * }}
     */
    MarkReadRequest.create = function(properties) {
        return new MarkReadRequest(properties);
    };

    /**
     * Encodes the specified MarkReadRequest message. Does not implicitly {@link MarkReadRequest.verify|verify} messages.
     * @function encode
     * @memberof MarkReadRequest
     * @static
     * @param {MarkReadRequest.$Properties} m MarkReadRequest message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    MarkReadRequest.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.room != null && $Object.hasOwnProperty.call(m, "room") && m.room !== "")
            w.uint32(/* id 1, wireType 2 =*/10).string(m.room);
        if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
            w.uint32(/* id 2, wireType 0 =*/16).uint64(m.seq);
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes a MarkReadRequest message from the specified reader or buffer.
     * @function decode
     * @memberof MarkReadRequest
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {MarkReadRequest & MarkReadRequest.$Shape} MarkReadRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    MarkReadRequest.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m, v;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.MarkReadRequest();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            var u = t & 7;
            switch (t >>>= 3) {
            case 1: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.room = v;
                    else
                        delete m.room;
                    continue;
                }
            case 2: {
                    if (u !== 0)
                        break;
                    if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                        m.seq = v;
                    else
                        delete m.seq;
                    continue;
                }
            }
            r.skipType(u, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for MarkReadRequest
     * @function getTypeUrl
     * @memberof MarkReadRequest
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    MarkReadRequest.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/MarkReadRequest";
    };

    return MarkReadRequest;
})();

export const ReadState = $root.ReadState = (() => {

    /**
     * Properties of a ReadState.
     * @typedef {Object} ReadState.$Properties
     * @property {string|null} [room] ReadState room
     * @property {number|null} [lastReadSeq] ReadState lastReadSeq
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a ReadState.
     * @exports IReadState
     * @interface IReadState
     * @augments ReadState.$Properties
     * @deprecated Use ReadState.$Properties instead.
     */

    /**
     * Shape of a ReadState.
     * @typedef {ReadState.$Properties} ReadState.$Shape
     */

    /**
     * Constructs a new ReadState.
     * @exports ReadState
     * @classdesc Represents a ReadState.
     * @constructor
     * @param {ReadState.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const ReadState = function (p) {
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * ReadState room.
     * @member {string} room
     * @memberof ReadState
     * @instance
     */
    ReadState.prototype.room = "";

    /**
     * ReadState lastReadSeq.
     * @member {number} lastReadSeq
     * @memberof ReadState
     * @instance
     */
    ReadState.prototype.lastReadSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * Creates a new ReadState instance using the specified properties.
     * @function create
     * @memberof ReadState
     * @static
     * @param {ReadState.$Properties=} [properties] Properties to set
     * @returns {ReadState} ReadState instance
     * @type {{
     *   (properties: ReadState.$Shape): ReadState & ReadState.$Shape;
     *   (properties?: ReadState.$Properties): ReadState;
     * }}
     */
    ReadState.create = function(properties) {
        return new ReadState(properties);
    };

    /**
     * Encodes the specified ReadState message. Does not implicitly {@link ReadState.verify|verify} messages.
     * @function encode
     * @memberof ReadState
     * @static
     * @param {ReadState.$Properties} m ReadState message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    ReadState.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.room != null && $Object.hasOwnProperty.call(m, "room") && m.room !== "")
            w.uint32(/* id 1, wireType 2 =*/10).string(m.room);
        if (m.lastReadSeq != null && $Object.hasOwnProperty.call(m, "lastReadSeq") && (typeof m.lastReadSeq === "object" ? m.lastReadSeq.low || m.lastReadSeq.high : m.lastReadSeq !== 0))
            w.uint32(/* id 2, wireType 0 =*/16).uint64(m.lastReadSeq);
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes a ReadState message from the specified reader or buffer.
     * @function decode
     * @memberof ReadState
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {ReadState & ReadState.$Shape} ReadState
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    ReadState.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m, v;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.ReadState();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            var u = t & 7;
            switch (t >>>= 3) {
            case 1: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.room = v;
                    else
                        delete m.room;
                    continue;
                }
            case 2: {
                    if (u !== 0)
                        break;
                    if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                        m.lastReadSeq = v;
                    else
                        delete m.lastReadSeq;
                    continue;
                }
            }
            r.skipType(u, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for ReadState
     * @function getTypeUrl
     * @memberof ReadState
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    ReadState.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/ReadState";
    };

    return ReadState;
})();

export const EditNoteRequest = $root.EditNoteRequest = (() => {

    /**
     * Properties of an EditNoteRequest.
     * @typedef {Object} EditNoteRequest.$Properties
     * @property {string|null} [room] EditNoteRequest room
     * @property {number|null} [seq] EditNoteRequest seq
     * @property {string|null} [message] EditNoteRequest message
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of an EditNoteRequest.
     * @exports IEditNoteRequest
     * @interface IEditNoteRequest
     * @augments EditNoteRequest.$Properties
     * @deprecated Use EditNoteRequest.$Properties instead.
     */

    /**
     * Shape of an EditNoteRequest.
     * @typedef {EditNoteRequest.$Properties} EditNoteRequest.$Shape
     */

    /**
     * Constructs a new EditNoteRequest.
     * @exports EditNoteRequest
     * @classdesc Represents an EditNoteRequest.
     * @constructor
     * @param {EditNoteRequest.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const EditNoteRequest = function (p) {
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * EditNoteRequest room.
     * @member {string} room
     * @memberof EditNoteRequest
     * @instance
     */
    EditNoteRequest.prototype.room = "";

    /**
     * EditNoteRequest seq.
     * @member {number} seq
     * @memberof EditNoteRequest
     * @instance
     */
    EditNoteRequest.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * EditNoteRequest message.
     * @member {string} message
     * @memberof EditNoteRequest
     * @instance
     */
    EditNoteRequest.prototype.message = "";

    /**
     * Creates a new EditNoteRequest instance using the specified properties.
     * @function create
     * @memberof EditNoteRequest
     * @static
     * @param {EditNoteRequest.$Properties=} [properties] Properties to set
     * @returns {EditNoteRequest} EditNoteRequest instance
     * @type {{
     *   (properties: EditNoteRequest.$Shape): EditNoteRequest & EditNoteRequest.$Shape;
     *   (properties?: EditNoteRequest.$Properties): EditNoteRequest;
     * }}
     */
    EditNoteRequest.create = function(properties) {
        return new EditNoteRequest(properties);
    };

    /**
     * Encodes the specified EditNoteRequest message. Does not implicitly {@link EditNoteRequest.verify|verify} messages.
     * @function encode
     * @memberof EditNoteRequest
     * @static
     * @param {EditNoteRequest.$Properties} m EditNoteRequest message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    EditNoteRequest.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.room != null && $Object.hasOwnProperty.call(m, "room") && m.room !== "")
            w.uint32(/* id 1, wireType 2 =*/10).string(m.room);
        if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
            w.uint32(/* id 2, wireType 0 =*/16).uint64(m.seq);
        if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
            w.uint32(/* id 3, wireType 2 =*/26).string(m.message);
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes an EditNoteRequest message from the specified reader or buffer.
     * @function decode
     * @memberof EditNoteRequest
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {EditNoteRequest & EditNoteRequest.$Shape} EditNoteRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    EditNoteRequest.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m, v;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.EditNoteRequest();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            var u = t & 7;
            switch (t >>>= 3) {
            case 1: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.room = v;
                    else
                        delete m.room;
                    continue;
                }
            case 2: {
                    if (u !== 0)
                        break;
                    if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                        m.seq = v;
                    else
                        delete m.seq;
                    continue;
                }
            case 3: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.message = v;
                    else
                        delete m.message;
                    continue;
                }
            }
            r.skipType(u, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for EditNoteRequest
     * @function getTypeUrl
     * @memberof EditNoteRequest
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    EditNoteRequest.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/EditNoteRequest";
    };

    return EditNoteRequest;
})();

export const DeleteNoteRequest = $root.DeleteNoteRequest = (() => {

    /**
     * Properties of a DeleteNoteRequest.
     * @typedef {Object} DeleteNoteRequest.$Properties
     * @property {string|null} [room] DeleteNoteRequest room
     * @property {number|null} [seq] DeleteNoteRequest seq
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a DeleteNoteRequest.
     * @exports IDeleteNoteRequest
     * @interface IDeleteNoteRequest
     * @augments DeleteNoteRequest.$Properties
     * @deprecated Use DeleteNoteRequest.$Properties instead.
     */

    /**
     * Shape of a DeleteNoteRequest.
     * @typedef {DeleteNoteRequest.$Properties} DeleteNoteRequest.$Shape
     */

    /**
     * Constructs a new DeleteNoteRequest.
     * @exports DeleteNoteRequest
     * @classdesc Represents a DeleteNoteRequest.
     * @constructor
     * @param {DeleteNoteRequest.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const DeleteNoteRequest = function (p) {
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * DeleteNoteRequest room.
     * @member {string} room
     * @memberof DeleteNoteRequest
     * @instance
     */
    DeleteNoteRequest.prototype.room = "";

    /**
     * DeleteNoteRequest seq.
     * @member {number} seq
     * @memberof DeleteNoteRequest
     * @instance
     */
    DeleteNoteRequest.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * Creates a new DeleteNoteRequest instance using the specified properties.
     * @function create
     * @memberof DeleteNoteRequest
     * @static
     * @param {DeleteNoteRequest.$Properties=} [properties] Properties to set
     * @returns {DeleteNoteRequest} DeleteNoteRequest instance
     * @type {{
     *   (properties: DeleteNoteRequest.$Shape): DeleteNoteRequest & DeleteNoteRequest.$Shape;
     *   (properties?: DeleteNoteRequest.$Properties): DeleteNoteRequest;
     * }}
     */
    DeleteNoteRequest.create = function(properties) {
        return new DeleteNoteRequest(properties);
    };

    /**
     * Encodes the specified DeleteNoteRequest message. Does not implicitly {@link DeleteNoteRequest.verify|verify} messages.
     * @function encode
     * @memberof DeleteNoteRequest
     * @static
     * @param {DeleteNoteRequest.$Properties} m DeleteNoteRequest message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    DeleteNoteRequest.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.room != null && $Object.hasOwnProperty.call(m, "room") && m.room !== "")
            w.uint32(/* id 1, wireType 2 =*/10).string(m.room);
        if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
            w.uint32(/* id 2, wireType 0 =*/16).uint64(m.seq);
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes a DeleteNoteRequest message from the specified reader or buffer.
     * @function decode
     * @memberof DeleteNoteRequest
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {DeleteNoteRequest & DeleteNoteRequest.$Shape} DeleteNoteRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    DeleteNoteRequest.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m, v;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.DeleteNoteRequest();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            var u = t & 7;
            switch (t >>>= 3) {
            case 1: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.room = v;
                    else
                        delete m.room;
                    continue;
                }
            case 2: {
                    if (u !== 0)
                        break;
                    if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                        m.seq = v;
                    else
                        delete m.seq;
                    continue;
                }
            }
            r.skipType(u, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for DeleteNoteRequest
     * @function getTypeUrl
     * @memberof DeleteNoteRequest
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    DeleteNoteRequest.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/DeleteNoteRequest";
    };

    return DeleteNoteRequest;
})();

export const ChangePasswordRequest = $root.ChangePasswordRequest = (() => {

    /**
     * Properties of a ChangePasswordRequest.
     * @typedef {Object} ChangePasswordRequest.$Properties
     * @property {string|null} [currentPassword] ChangePasswordRequest currentPassword
     * @property {string|null} [newPassword] ChangePasswordRequest newPassword
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a ChangePasswordRequest.
     * @exports IChangePasswordRequest
     * @interface IChangePasswordRequest
     * @augments ChangePasswordRequest.$Properties
     * @deprecated Use ChangePasswordRequest.$Properties instead.
     */

    /**
     * Shape of a ChangePasswordRequest.
     * @typedef {ChangePasswordRequest.$Properties} ChangePasswordRequest.$Shape
     */

    /**
     * Constructs a new ChangePasswordRequest.
     * @exports ChangePasswordRequest
     * @classdesc Represents a ChangePasswordRequest.
     * @constructor
     * @param {ChangePasswordRequest.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const ChangePasswordRequest = function (p) {
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * ChangePasswordRequest currentPassword.
     * @member {string} currentPassword
     * @memberof ChangePasswordRequest
     * @instance
     */
    ChangePasswordRequest.prototype.currentPassword = "";

    /**
     * ChangePasswordRequest newPassword.
     * @member {string} newPassword
     * @memberof ChangePasswordRequest
     * @instance
     */
    ChangePasswordRequest.prototype.newPassword = "";

    /**
     * Creates a new ChangePasswordRequest instance using the specified properties.
     * @function create
     * @memberof ChangePasswordRequest
     * @static
     * @param {ChangePasswordRequest.$Properties=} [properties] Properties to set
     * @returns {ChangePasswordRequest} ChangePasswordRequest instance
     * @type {{
     *   (properties: ChangePasswordRequest.$Shape): ChangePasswordRequest & ChangePasswordRequest.$Shape;
     *   (properties?: ChangePasswordRequest.$Properties): ChangePasswordRequest;
     * }}
     */
    ChangePasswordRequest.create = function(properties) {
        return new ChangePasswordRequest(properties);
    };

    /**
     * Encodes the specified ChangePasswordRequest message. Does not implicitly {@link ChangePasswordRequest.verify|verify} messages.
     * @function encode
     * @memberof ChangePasswordRequest
     * @static
     * @param {ChangePasswordRequest.$Properties} m ChangePasswordRequest message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    ChangePasswordRequest.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.currentPassword != null && $Object.hasOwnProperty.call(m, "currentPassword") && m.currentPassword !== "")
            w.uint32(/* id 1, wireType 2 =*/10).string(m.currentPassword);
        if (m.newPassword != null && $Object.hasOwnProperty.call(m, "newPassword") && m.newPassword !== "")
            w.uint32(/* id 2, wireType 2 =*/18).string(m.newPassword);
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes a ChangePasswordRequest message from the specified reader or buffer.
     * @function decode
     * @memberof ChangePasswordRequest
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {ChangePasswordRequest & ChangePasswordRequest.$Shape} ChangePasswordRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    ChangePasswordRequest.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m, v;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.ChangePasswordRequest();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            var u = t & 7;
            switch (t >>>= 3) {
            case 1: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.currentPassword = v;
                    else
                        delete m.currentPassword;
                    continue;
                }
            case 2: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.newPassword = v;
                    else
                        delete m.newPassword;
                    continue;
                }
            }
            r.skipType(u, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for ChangePasswordRequest
     * @function getTypeUrl
     * @memberof ChangePasswordRequest
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    ChangePasswordRequest.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/ChangePasswordRequest";
    };

    return ChangePasswordRequest;
})();

export const DeleteAccountRequest = $root.DeleteAccountRequest = (() => {

    /**
     * Properties of a DeleteAccountRequest.
     * @typedef {Object} DeleteAccountRequest.$Properties
     * @property {string|null} [password] DeleteAccountRequest password
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a DeleteAccountRequest.
     * @exports IDeleteAccountRequest
     * @interface IDeleteAccountRequest
     * @augments DeleteAccountRequest.$Properties
     * @deprecated Use DeleteAccountRequest.$Properties instead.
     */

    /**
     * Shape of a DeleteAccountRequest.
     * @typedef {DeleteAccountRequest.$Properties} DeleteAccountRequest.$Shape
     */

    /**
     * Constructs a new DeleteAccountRequest.
     * @exports DeleteAccountRequest
     * @classdesc Represents a DeleteAccountRequest.
     * @constructor
     * @param {DeleteAccountRequest.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const DeleteAccountRequest = function (p) {
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * DeleteAccountRequest password.
     * @member {string} password
     * @memberof DeleteAccountRequest
     * @instance
     */
    DeleteAccountRequest.prototype.password = "";

    /**
     * Creates a new DeleteAccountRequest instance using the specified properties.
     * @function create
     * @memberof DeleteAccountRequest
     * @static
     * @param {DeleteAccountRequest.$Properties=} [properties] Properties to set
     * @returns {DeleteAccountRequest} DeleteAccountRequest instance
     * @type {{
     *   (properties: DeleteAccountRequest.$Shape): DeleteAccountRequest & DeleteAccountRequest.$Shape;
     *   (properties?: DeleteAccountRequest.$Properties): DeleteAccountRequest;
     * }}
     */
    DeleteAccountRequest.create = function(properties) {
        return new DeleteAccountRequest(properties);
    };

    /**
     * Encodes the specified DeleteAccountRequest message. Does not implicitly {@link DeleteAccountRequest.verify|verify} messages.
     * @function encode
     * @memberof DeleteAccountRequest
     * @static
     * @param {DeleteAccountRequest.$Properties} m DeleteAccountRequest message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    DeleteAccountRequest.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.password != null && $Object.hasOwnProperty.call(m, "password") && m.password !== "")
            w.uint32(/* id 1, wireType 2 =*/10).string(m.password);
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes a DeleteAccountRequest message from the specified reader or buffer.
     * @function decode
     * @memberof DeleteAccountRequest
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {DeleteAccountRequest & DeleteAccountRequest.$Shape} DeleteAccountRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    DeleteAccountRequest.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m, v;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.DeleteAccountRequest();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            var u = t & 7;
            switch (t >>>= 3) {
            case 1: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.password = v;
                    else
                        delete m.password;
                    continue;
                }
            }
            r.skipType(u, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for DeleteAccountRequest
     * @function getTypeUrl
     * @memberof DeleteAccountRequest
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    DeleteAccountRequest.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/DeleteAccountRequest";
    };

    return DeleteAccountRequest;
})();

export const ServerSettings = $root.ServerSettings = (() => {

    /**
     * Properties of a ServerSettings.
     * @typedef {Object} ServerSettings.$Properties
     * @property {number|null} [maxMessageChars] ServerSettings maxMessageChars
     * @property {boolean|null} [allowSignup] ServerSettings allowSignup
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a ServerSettings.
     * @exports IServerSettings
     * @interface IServerSettings
     * @augments ServerSettings.$Properties
     * @deprecated Use ServerSettings.$Properties instead.
     */

    /**
     * Shape of a ServerSettings.
     * @typedef {ServerSettings.$Properties} ServerSettings.$Shape
     */

    /**
     * Constructs a new ServerSettings.
     * @exports ServerSettings
     * @classdesc Represents a ServerSettings.
     * @constructor
     * @param {ServerSettings.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const ServerSettings = function (p) {
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * ServerSettings maxMessageChars.
     * @member {number} maxMessageChars
     * @memberof ServerSettings
     * @instance
     */
    ServerSettings.prototype.maxMessageChars = 0;

    /**
     * ServerSettings allowSignup.
     * @member {boolean} allowSignup
     * @memberof ServerSettings
     * @instance
     */
    ServerSettings.prototype.allowSignup = false;

    /**
     * Creates a new ServerSettings instance using the specified properties.
     * @function create
     * @memberof ServerSettings
     * @static
     * @param {ServerSettings.$Properties=} [properties] Properties to set
     * @returns {ServerSettings} ServerSettings instance
     * @type {{
     *   (properties: ServerSettings.$Shape): ServerSettings & ServerSettings.$Shape;
     *   (properties?: ServerSettings.$Properties): ServerSettings;
     * }}
     */
    ServerSettings.create = function(properties) {
        return new ServerSettings(properties);
    };

    /**
     * Encodes the specified ServerSettings message. Does not implicitly {@link ServerSettings.verify|verify} messages.
     * @function encode
     * @memberof ServerSettings
     * @static
     * @param {ServerSettings.$Properties} m ServerSettings message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    ServerSettings.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.maxMessageChars != null && $Object.hasOwnProperty.call(m, "maxMessageChars") && m.maxMessageChars !== 0)
            w.uint32(/* id 1, wireType 0 =*/8).uint32(m.maxMessageChars);
        if (m.allowSignup != null && $Object.hasOwnProperty.call(m, "allowSignup") && m.allowSignup !== false)
            w.uint32(/* id 2, wireType 0 =*/16).bool(m.allowSignup);
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes a ServerSettings message from the specified reader or buffer.
     * @function decode
     * @memberof ServerSettings
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {ServerSettings & ServerSettings.$Shape} ServerSettings
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    ServerSettings.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m, v;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.ServerSettings();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            var u = t & 7;
            switch (t >>>= 3) {
            case 1: {
                    if (u !== 0)
                        break;
                    if (v = r.uint32())
                        m.maxMessageChars = v;
                    else
                        delete m.maxMessageChars;
                    continue;
                }
            case 2: {
                    if (u !== 0)
                        break;
                    if (v = r.bool())
                        m.allowSignup = v;
                    else
                        delete m.allowSignup;
                    continue;
                }
            }
            r.skipType(u, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for ServerSettings
     * @function getTypeUrl
     * @memberof ServerSettings
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    ServerSettings.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/ServerSettings";
    };

    return ServerSettings;
})();

export const SendStreamRequest = $root.SendStreamRequest = (() => {

    /**
     * Properties of a SendStreamRequest.
     * @typedef {Object} SendStreamRequest.$Properties
     * @property {number|null} [requestId] SendStreamRequest requestId
     * @property {string|null} [token] SendStreamRequest token
     * @property {Note.$Properties|null} [note] SendStreamRequest note
     * @property {PresenceUpdate.$Properties|null} [presence] SendStreamRequest presence
     * @property {"note"|"presence"} [action] SendStreamRequest action
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a SendStreamRequest.
     * @exports ISendStreamRequest
     * @interface ISendStreamRequest
     * @augments SendStreamRequest.$Properties
     * @deprecated Use SendStreamRequest.$Properties instead.
     */

    /**
     * Narrowed shape of a SendStreamRequest.
     * @typedef {{
     *   requestId?: number|null;
     *   token?: string|null;
     *   note?: Note.$Shape|null;
     *   presence?: PresenceUpdate.$Shape|null;
     *   $unknowns?: Array.<Uint8Array>;
     * } & (
     *   ({ action?: undefined; note?: null; presence?: null }|{ action?: "note"; note: Note.$Shape; presence?: null }|{ action?: "presence"; note?: null; presence: PresenceUpdate.$Shape })
     * )} SendStreamRequest.$Shape
     */

    /**
     * Constructs a new SendStreamRequest.
     * @exports SendStreamRequest
     * @classdesc Represents a SendStreamRequest.
     * @constructor
     * @param {SendStreamRequest.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const SendStreamRequest = function (p) {
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * SendStreamRequest requestId.
     * @member {number} requestId
     * @memberof SendStreamRequest
     * @instance
     */
    SendStreamRequest.prototype.requestId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * SendStreamRequest token.
     * @member {string} token
     * @memberof SendStreamRequest
     * @instance
     */
    SendStreamRequest.prototype.token = "";

    /**
     * SendStreamRequest note.
     * @member {Note.$Properties|null|undefined} note
     * @memberof SendStreamRequest
     * @instance
     */
    SendStreamRequest.prototype.note = null;

    /**
     * SendStreamRequest presence.
     * @member {PresenceUpdate.$Properties|null|undefined} presence
     * @memberof SendStreamRequest
     * @instance
     */
    SendStreamRequest.prototype.presence = null;

    // OneOf field names bound to virtual getters and setters
    let $oneOfFields;

    /**
     * SendStreamRequest action.
     * @member {"note"|"presence"|undefined} action
     * @memberof SendStreamRequest
     * @instance
     */
    $Object.defineProperty(SendStreamRequest.prototype, "action", {
        get: $util.oneOfGetter($oneOfFields = ["note", "presence"]),
        set: $util.oneOfSetter($oneOfFields)
    });

    /**
     * Creates a new SendStreamRequest instance using the specified properties.
     * @function create
     * @memberof SendStreamRequest
     * @static
     * @param {SendStreamRequest.$Properties=} [properties] Properties to set
     * @returns {SendStreamRequest} SendStreamRequest instance
     * @type {{
     *   (properties: SendStreamRequest.$Shape): SendStreamRequest & SendStreamRequest.$Shape;
     *   (properties?: SendStreamRequest.$Properties): SendStreamRequest;
     * }}
     */
    SendStreamRequest.create = function(properties) {
        return new SendStreamRequest(properties);
    };

    /**
     * Encodes the specified SendStreamRequest message. Does not implicitly {@link SendStreamRequest.verify|verify} messages.
     * @function encode
     * @memberof SendStreamRequest
     * @static
     * @param {SendStreamRequest.$Properties} m SendStreamRequest message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    SendStreamRequest.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && (typeof m.requestId === "object" ? m.requestId.low || m.requestId.high : m.requestId !== 0))
            w.uint32(/* id 1, wireType 0 =*/8).uint64(m.requestId);
        if (m.token != null && $Object.hasOwnProperty.call(m, "token") && m.token !== "")
            w.uint32(/* id 2, wireType 2 =*/18).string(m.token);
        if (m.note != null && $Object.hasOwnProperty.call(m, "note"))
            $root.Note.encode(m.note, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
        if (m.presence != null && $Object.hasOwnProperty.call(m, "presence"))
            $root.PresenceUpdate.encode(m.presence, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes a SendStreamRequest message from the specified reader or buffer.
     * @function decode
     * @memberof SendStreamRequest
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {SendStreamRequest & SendStreamRequest.$Shape} SendStreamRequest
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    SendStreamRequest.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m, v;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.SendStreamRequest();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            var u = t & 7;
            switch (t >>>= 3) {
            case 1: {
                    if (u !== 0)
                        break;
                    if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                        m.requestId = v;
                    else
                        delete m.requestId;
                    continue;
                }
            case 2: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.token = v;
                    else
                        delete m.token;
                    continue;
                }
            case 3: {
                    if (u !== 2)
                        break;
                    m.note = $root.Note.decode(r, r.size(), $undefined, q + 1, m.note);
                    m.action = "note";
                    continue;
                }
            case 4: {
                    if (u !== 2)
                        break;
                    m.presence = $root.PresenceUpdate.decode(r, r.size(), $undefined, q + 1, m.presence);
                    m.action = "presence";
                    continue;
                }
            }
            r.skipType(u, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for SendStreamRequest
     * @function getTypeUrl
     * @memberof SendStreamRequest
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    SendStreamRequest.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/SendStreamRequest";
    };

    return SendStreamRequest;
})();

export const SendStreamResult = $root.SendStreamResult = (() => {

    /**
     * Properties of a SendStreamResult.
     * @typedef {Object} SendStreamResult.$Properties
     * @property {number|null} [requestId] SendStreamResult requestId
     * @property {number|null} [code] SendStreamResult code
     * @property {string|null} [details] SendStreamResult details
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a SendStreamResult.
     * @exports ISendStreamResult
     * @interface ISendStreamResult
     * @augments SendStreamResult.$Properties
     * @deprecated Use SendStreamResult.$Properties instead.
     */

    /**
     * Shape of a SendStreamResult.
     * @typedef {SendStreamResult.$Properties} SendStreamResult.$Shape
     */

    /**
     * Constructs a new SendStreamResult.
     * @exports SendStreamResult
     * @classdesc Represents a SendStreamResult.
     * @constructor
     * @param {SendStreamResult.$Properties=} [p] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const SendStreamResult = function (p) {
        if (p)
            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                    this[ks[i]] = p[ks[i]];
    };

    /**
     * SendStreamResult requestId.
     * @member {number} requestId
     * @memberof SendStreamResult
     * @instance
     */
    SendStreamResult.prototype.requestId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * SendStreamResult code.
     * @member {number} code
     * @memberof SendStreamResult
     * @instance
     */
    SendStreamResult.prototype.code = 0;

    /**
     * SendStreamResult details.
     * @member {string} details
     * @memberof SendStreamResult
     * @instance
     */
    SendStreamResult.prototype.details = "";

    /**
     * Creates a new SendStreamResult instance using the specified properties.
     * @function create
     * @memberof SendStreamResult
     * @static
     * @param {SendStreamResult.$Properties=} [properties] Properties to set
     * @returns {SendStreamResult} SendStreamResult instance
     * @type {{
     *   (properties: SendStreamResult.$Shape): SendStreamResult & SendStreamResult.$Shape;
     *   (properties?: SendStreamResult.$Properties): SendStreamResult;
     * }}
     */
    SendStreamResult.create = function(properties) {
        return new SendStreamResult(properties);
    };

    /**
     * Encodes the specified SendStreamResult message. Does not implicitly {@link SendStreamResult.verify|verify} messages.
     * @function encode
     * @memberof SendStreamResult
     * @static
     * @param {SendStreamResult.$Properties} m SendStreamResult message or plain object to encode
     * @param {$protobuf.Writer} [w] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    SendStreamResult.encode = function (m, w, q) {
        if (!w)
            w = $Writer.create();
        if (q === $undefined)
            q = 0;
        if (q > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && (typeof m.requestId === "object" ? m.requestId.low || m.requestId.high : m.requestId !== 0))
            w.uint32(/* id 1, wireType 0 =*/8).uint64(m.requestId);
        if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== 0)
            w.uint32(/* id 2, wireType 0 =*/16).uint32(m.code);
        if (m.details != null && $Object.hasOwnProperty.call(m, "details") && m.details !== "")
            w.uint32(/* id 3, wireType 2 =*/26).string(m.details);
        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
            for (var i = 0; i < m.$unknowns.length; ++i)
                w.raw(m.$unknowns[i]);
        return w;
    };

    /**
     * Decodes a SendStreamResult message from the specified reader or buffer.
     * @function decode
     * @memberof SendStreamResult
     * @static
     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
     * @param {number} [l] Message length if known beforehand
     * @returns {SendStreamResult & SendStreamResult.$Shape} SendStreamResult
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    SendStreamResult.decode = function (r, l, z, q, g) {
        if (!(r instanceof $Reader))
            r = $Reader.create(r);
        if (q === $undefined)
            q = 0;
        if (q > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var c, m, v;
        if (l === $undefined)
            c = r.len;
        else {
            c = r.pos + l;
            if (c > r.len)
                throw $RangeError("index out of range");
            l = r.len;
            r.len = c;
        }
        m = g || new $root.SendStreamResult();
        while (r.pos < c) {
            var s = r.pos;
            var t = r.tag();
            if (t === z) {
                z = $undefined;
                break;
            }
            var u = t & 7;
            switch (t >>>= 3) {
            case 1: {
                    if (u !== 0)
                        break;
                    if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                        m.requestId = v;
                    else
                        delete m.requestId;
                    continue;
                }
            case 2: {
                    if (u !== 0)
                        break;
                    if (v = r.uint32())
                        m.code = v;
                    else
                        delete m.code;
                    continue;
                }
            case 3: {
                    if (u !== 2)
                        break;
                    if ((v = r.stringVerify()).length)
                        m.details = v;
                    else
                        delete m.details;
                    continue;
                }
            }
            r.skipType(u, q, t);
            if (!r.discardUnknown) {
                $util.makeProp(m, "$unknowns", false);
                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
            }
        }
        if (l !== $undefined) {
            if (r.pos !== c)
                throw $RangeError("index out of range");
            r.len = l;
        }
        if (z !== $undefined)
            throw $Error("missing end group");
        return m;
    };

    /**
     * Gets the type url for SendStreamResult
     * @function getTypeUrl
     * @memberof SendStreamResult
     * @static
     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns {string} The type url
     */
    SendStreamResult.getTypeUrl = function(prefix) {
        if (prefix === $undefined)
            prefix = "type.googleapis.com";
        return prefix + "/SendStreamResult";
    };

    return SendStreamResult;
})();

export const AuthService = $root.AuthService = (() => {

    /**
     * Constructs a new AuthService service.
     * @exports AuthService
     * @classdesc Represents an AuthService
     * @extends $protobuf.rpc.Service
     * @constructor
     * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
     * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
     * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
     */
    const AuthService = function(rpcImpl, requestDelimited, responseDelimited) {
        $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
    };

    $Object.defineProperty(AuthService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: AuthService, writable: true, enumerable: false, configurable: true });

    /**
     * Creates new AuthService service using the specified rpc implementation.
     * @function create
     * @memberof AuthService
     * @static
     * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
     * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
     * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
     * @returns {AuthService} RPC service. Useful where requests and/or responses are streamed.
     */
    AuthService.create = function(rpcImpl, requestDelimited, responseDelimited) {
        return new this(rpcImpl, requestDelimited, responseDelimited);
    };

    /**
     * Callback as used by {@link AuthService#authenticateUser}.
     * @memberof AuthService
     * @typedef AuthenticateUserCallback
     * @type {function}
     * @param {Error|null} error Error, if any
     * @param {LoginResponse} [response] LoginResponse
     */

    /**
     * Calls AuthenticateUser.
     * @memberof AuthService
     * @typedef AuthenticateUser
     * @type {{
     *   (request: ILoginRequest, callback: AuthService.AuthenticateUserCallback): void;
     *   (request: ILoginRequest): Promise<LoginResponse>;
     *   readonly name: "AuthenticateUser";
     *   readonly path: "/AuthService/AuthenticateUser";
     *   readonly requestType: "LoginRequest";
     *   readonly responseType: "LoginResponse";
     *   readonly requestStream: undefined;
     *   readonly responseStream: undefined;
     * }}
     */

    /**
     * Calls AuthenticateUser.
     * @name AuthService#authenticateUser
     * @type {AuthService.AuthenticateUser}
     */
    $Object.defineProperties(AuthService.prototype.authenticateUser = function(request, callback) {
        return $protobuf.rpc.Service.prototype.rpcCall.call(this, AuthService.prototype.authenticateUser, $root.LoginRequest, $root.LoginResponse, request, callback);
    }, {
        name: { value: "AuthenticateUser" },
        path: { value: "/AuthService/AuthenticateUser" },
        requestType: { value: "LoginRequest" },
        responseType: { value: "LoginResponse" },
        requestStream: { value: $undefined },
        responseStream: { value: $undefined }
    });

    /**
     * Callback as used by {@link AuthService#registerUser}.
     * @memberof AuthService
     * @typedef RegisterUserCallback
     * @type {function}
     * @param {Error|null} error Error, if any
     * @param {LoginResponse} [response] LoginResponse
     */

    /**
     * Calls RegisterUser.
     * @memberof AuthService
     * @typedef RegisterUser
     * @type {{
     *   (request: ILoginRequest, callback: AuthService.RegisterUserCallback): void;
     *   (request: ILoginRequest): Promise<LoginResponse>;
     *   readonly name: "RegisterUser";
     *   readonly path: "/AuthService/RegisterUser";
     *   readonly requestType: "LoginRequest";
     *   readonly responseType: "LoginResponse";
     *   readonly requestStream: undefined;
     *   readonly responseStream: undefined;
     * }}
     */

    /**
     * Calls RegisterUser.
     * @name AuthService#registerUser
     * @type {AuthService.RegisterUser}
     */
    $Object.defineProperties(AuthService.prototype.registerUser = function(request, callback) {
        return $protobuf.rpc.Service.prototype.rpcCall.call(this, AuthService.prototype.registerUser, $root.LoginRequest, $root.LoginResponse, request, callback);
    }, {
        name: { value: "RegisterUser" },
        path: { value: "/AuthService/RegisterUser" },
        requestType: { value: "LoginRequest" },
        responseType: { value: "LoginResponse" },
        requestStream: { value: $undefined },
        responseStream: { value: $undefined }
    });

    /**
     * Callback as used by {@link AuthService#refreshToken}.
     * @memberof AuthService
     * @typedef RefreshTokenCallback
     * @type {function}
     * @param {Error|null} error Error, if any
     * @param {LoginResponse} [response] LoginResponse
     */

    /**
     * Calls RefreshToken.
     * @memberof AuthService
     * @typedef RefreshToken
     * @type {{
     *   (request: IEmptyMessage, callback: AuthService.RefreshTokenCallback): void;
     *   (request: IEmptyMessage): Promise<LoginResponse>;
     *   readonly name: "RefreshToken";
     *   readonly path: "/AuthService/RefreshToken";
     *   readonly requestType: "EmptyMessage";
     *   readonly responseType: "LoginResponse";
     *   readonly requestStream: undefined;
     *   readonly responseStream: undefined;
     * }}
     */

    /**
     * Calls RefreshToken.
     * @name AuthService#refreshToken
     * @type {AuthService.RefreshToken}
     */
    $Object.defineProperties(AuthService.prototype.refreshToken = function(request, callback) {
        return $protobuf.rpc.Service.prototype.rpcCall.call(this, AuthService.prototype.refreshToken, $root.EmptyMessage, $root.LoginResponse, request, callback);
    }, {
        name: { value: "RefreshToken" },
        path: { value: "/AuthService/RefreshToken" },
        requestType: { value: "EmptyMessage" },
        responseType: { value: "LoginResponse" },
        requestStream: { value: $undefined },
        responseStream: { value: $undefined }
    });

    /**
     * Callback as used by {@link AuthService#revokeTokens}.
     * @memberof AuthService
     * @typedef RevokeTokensCallback
     * @type {function}
     * @param {Error|null} error Error, if any
     * @param {EmptyMessage} [response] EmptyMessage
     */

    /**
     * Calls RevokeTokens.
     * @memberof AuthService
     * @typedef RevokeTokens
     * @type {{
     *   (request: IEmptyMessage, callback: AuthService.RevokeTokensCallback): void;
     *   (request: IEmptyMessage): Promise<EmptyMessage>;
     *   readonly name: "RevokeTokens";
     *   readonly path: "/AuthService/RevokeTokens";
     *   readonly requestType: "EmptyMessage";
     *   readonly responseType: "EmptyMessage";
     *   readonly requestStream: undefined;
     *   readonly responseStream: undefined;
     * }}
     */

    /**
     * Calls RevokeTokens.
     * @name AuthService#revokeTokens
     * @type {AuthService.RevokeTokens}
     */
    $Object.defineProperties(AuthService.prototype.revokeTokens = function(request, callback) {
        return $protobuf.rpc.Service.prototype.rpcCall.call(this, AuthService.prototype.revokeTokens, $root.EmptyMessage, $root.EmptyMessage, request, callback);
    }, {
        name: { value: "RevokeTokens" },
        path: { value: "/AuthService/RevokeTokens" },
        requestType: { value: "EmptyMessage" },
        responseType: { value: "EmptyMessage" },
        requestStream: { value: $undefined },
        responseStream: { value: $undefined }
    });

    /**
     * Callback as used by {@link AuthService#changePassword}.
     * @memberof AuthService
     * @typedef ChangePasswordCallback
     * @type {function}
     * @param {Error|null} error Error, if any
     * @param {LoginResponse} [response] LoginResponse
     */

    /**
     * Calls ChangePassword.
     * @memberof AuthService
     * @typedef ChangePassword
     * @type {{
     *   (request: IChangePasswordRequest, callback: AuthService.ChangePasswordCallback): void;
     *   (request: IChangePasswordRequest): Promise<LoginResponse>;
     *   readonly name: "ChangePassword";
     *   readonly path: "/AuthService/ChangePassword";
     *   readonly requestType: "ChangePasswordRequest";
     *   readonly responseType: "LoginResponse";
     *   readonly requestStream: undefined;
     *   readonly responseStream: undefined;
     * }}
     */

    /**
     * Calls ChangePassword.
     * @name AuthService#changePassword
     * @type {AuthService.ChangePassword}
     */
    $Object.defineProperties(AuthService.prototype.changePassword = function(request, callback) {
        return $protobuf.rpc.Service.prototype.rpcCall.call(this, AuthService.prototype.changePassword, $root.ChangePasswordRequest, $root.LoginResponse, request, callback);
    }, {
        name: { value: "ChangePassword" },
        path: { value: "/AuthService/ChangePassword" },
        requestType: { value: "ChangePasswordRequest" },
        responseType: { value: "LoginResponse" },
        requestStream: { value: $undefined },
        responseStream: { value: $undefined }
    });

    /**
     * Callback as used by {@link AuthService#deleteAccount}.
     * @memberof AuthService
     * @typedef DeleteAccountCallback
     * @type {function}
     * @param {Error|null} error Error, if any
     * @param {EmptyMessage} [response] EmptyMessage
     */

    /**
     * Calls DeleteAccount.
     * @memberof AuthService
     * @typedef DeleteAccount
     * @type {{
     *   (request: IDeleteAccountRequest, callback: AuthService.DeleteAccountCallback): void;
     *   (request: IDeleteAccountRequest): Promise<EmptyMessage>;
     *   readonly name: "DeleteAccount";
     *   readonly path: "/AuthService/DeleteAccount";
     *   readonly requestType: "DeleteAccountRequest";
     *   readonly responseType: "EmptyMessage";
     *   readonly requestStream: undefined;
     *   readonly responseStream: undefined;
     * }}
     */

    /**
     * Calls DeleteAccount.
     * @name AuthService#deleteAccount
     * @type {AuthService.DeleteAccount}
     */
    $Object.defineProperties(AuthService.prototype.deleteAccount = function(request, callback) {
        return $protobuf.rpc.Service.prototype.rpcCall.call(this, AuthService.prototype.deleteAccount, $root.DeleteAccountRequest, $root.EmptyMessage, request, callback);
    }, {
        name: { value: "DeleteAccount" },
        path: { value: "/AuthService/DeleteAccount" },
        requestType: { value: "DeleteAccountRequest" },
        responseType: { value: "EmptyMessage" },
        requestStream: { value: $undefined },
        responseStream: { value: $undefined }
    });

    /**
     * Callback as used by {@link AuthService#checkToken}.
     * @memberof AuthService
     * @typedef CheckTokenCallback
     * @type {function}
     * @param {Error|null} error Error, if any
     * @param {LoginResponse} [response] LoginResponse
     */

    /**
     * Calls CheckToken.
     * @memberof AuthService
     * @typedef CheckToken
     * @type {{
     *   (request: IEmptyMessage, callback: AuthService.CheckTokenCallback): void;
     *   (request: IEmptyMessage): Promise<LoginResponse>;
     *   readonly name: "CheckToken";
     *   readonly path: "/AuthService/CheckToken";
     *   readonly requestType: "EmptyMessage";
     *   readonly responseType: "LoginResponse";
     *   readonly requestStream: undefined;
     *   readonly responseStream: undefined;
     * }}
     */

    /**
     * Calls CheckToken.
     * @name AuthService#checkToken
     * @type {AuthService.CheckToken}
     */
    $Object.defineProperties(AuthService.prototype.checkToken = function(request, callback) {
        return $protobuf.rpc.Service.prototype.rpcCall.call(this, AuthService.prototype.checkToken, $root.EmptyMessage, $root.LoginResponse, request, callback);
    }, {
        name: { value: "CheckToken" },
        path: { value: "/AuthService/CheckToken" },
        requestType: { value: "EmptyMessage" },
        responseType: { value: "LoginResponse" },
        requestStream: { value: $undefined },
        responseStream: { value: $undefined }
    });

    /**
     * Callback as used by {@link AuthService#getSettings}.
     * @memberof AuthService
     * @typedef GetSettingsCallback
     * @type {function}
     * @param {Error|null} error Error, if any
     * @param {ServerSettings} [response] ServerSettings
     */

    /**
     * Calls GetSettings.
     * @memberof AuthService
     * @typedef GetSettings
     * @type {{
     *   (request: IEmptyMessage, callback: AuthService.GetSettingsCallback): void;
     *   (request: IEmptyMessage): Promise<ServerSettings>;
     *   readonly name: "GetSettings";
     *   readonly path: "/AuthService/GetSettings";
     *   readonly requestType: "EmptyMessage";
     *   readonly responseType: "ServerSettings";
     *   readonly requestStream: undefined;
     *   readonly responseStream: undefined;
     * }}
     */

    /**
     * Calls GetSettings.
     * @name AuthService#getSettings
     * @type {AuthService.GetSettings}
     */
    $Object.defineProperties(AuthService.prototype.getSettings = function(request, callback) {
        return $protobuf.rpc.Service.prototype.rpcCall.call(this, AuthService.prototype.getSettings, $root.EmptyMessage, $root.ServerSettings, request, callback);
    }, {
        name: { value: "GetSettings" },
        path: { value: "/AuthService/GetSettings" },
        requestType: { value: "EmptyMessage" },
        responseType: { value: "ServerSettings" },
        requestStream: { value: $undefined },
        responseStream: { value: $undefined }
    });

    return AuthService;
})();

export const ChatServer = $root.ChatServer = (() => {

    /**
     * Constructs a new ChatServer service.
     * @exports ChatServer
     * @classdesc Represents a ChatServer
     * @extends $protobuf.rpc.Service
     * @constructor
     * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
     * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
     * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
     */
    const ChatServer = function(rpcImpl, requestDelimited, responseDelimited) {
        $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
    };

    $Object.defineProperty(ChatServer.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: ChatServer, writable: true, enumerable: false, configurable: true });

    /**
     * Creates new ChatServer service using the specified rpc implementation.
     * @function create
     * @memberof ChatServer
     * @static
     * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
     * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
     * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
     * @returns {ChatServer} RPC service. Useful where requests and/or responses are streamed.
     */
    ChatServer.create = function(rpcImpl, requestDelimited, responseDelimited) {
        return new this(rpcImpl, requestDelimited, responseDelimited);
    };

    /**
     * Callback as used by {@link ChatServer#chatStream}.
     * @memberof ChatServer
     * @typedef ChatStreamCallback
     * @type {function}
     * @param {Error|null} error Error, if any
     * @param {Note} [response] Note
     */

    /**
     * Calls ChatStream.
     * @memberof ChatServer
     * @typedef ChatStream
     * @type {{
     *   (request: IEmptyMessage, callback: ChatServer.ChatStreamCallback): void;
     *   (request: IEmptyMessage): Promise<Note>;
     *   readonly name: "ChatStream";
     *   readonly path: "/ChatServer/ChatStream";
     *   readonly requestType: "EmptyMessage";
     *   readonly responseType: "Note";
     *   readonly requestStream: undefined;
     *   readonly responseStream: true;
     * }}
     */

    /**
     * Calls ChatStream.
     * @name ChatServer#chatStream
     * @type {ChatServer.ChatStream}
     */
    $Object.defineProperties(ChatServer.prototype.chatStream = function(request, callback) {
        return $protobuf.rpc.Service.prototype.rpcCall.call(this, ChatServer.prototype.chatStream, $root.EmptyMessage, $root.Note, request, callback);
    }, {
        name: { value: "ChatStream" },
        path: { value: "/ChatServer/ChatStream" },
        requestType: { value: "EmptyMessage" },
        responseType: { value: "Note" },
        requestStream: { value: $undefined },
        responseStream: { value: true }
    });

    /**
     * Callback as used by {@link ChatServer#sendNote}.
     * @memberof ChatServer
     * @typedef SendNoteCallback
     * @type {function}
     * @param {Error|null} error Error, if any
     * @param {EmptyMessage} [response] EmptyMessage
     */

    /**
     * Calls SendNote.
     * @memberof ChatServer
     * @typedef SendNote
     * @type {{
     *   (request: INote, callback: ChatServer.SendNoteCallback): void;
     *   (request: INote): Promise<EmptyMessage>;
     *   readonly name: "SendNote";
     *   readonly path: "/ChatServer/SendNote";
     *   readonly requestType: "Note";
     *   readonly responseType: "EmptyMessage";
     *   readonly requestStream: undefined;
     *   readonly responseStream: undefined;
     * }}
     */

    /**
     * Calls SendNote.
     * @name ChatServer#sendNote
     * @type {ChatServer.SendNote}
     */
    $Object.defineProperties(ChatServer.prototype.sendNote = function(request, callback) {
        return $protobuf.rpc.Service.prototype.rpcCall.call(this, ChatServer.prototype.sendNote, $root.Note, $root.EmptyMessage, request, callback);
    }, {
        name: { value: "SendNote" },
        path: { value: "/ChatServer/SendNote" },
        requestType: { value: "Note" },
        responseType: { value: "EmptyMessage" },
        requestStream: { value: $undefined },
        responseStream: { value: $undefined }
    });

    /**
     * Callback as used by {@link ChatServer#sendStream}.
     * @memberof ChatServer
     * @typedef SendStreamCallback
     * @type {function}
     * @param {Error|null} error Error, if any
     * @param {SendStreamResult} [response] SendStreamResult
     */

    /**
     * Calls SendStream.
     * @memberof ChatServer
     * @typedef SendStream
     * @type {{
     *   (request: ISendStreamRequest, callback: ChatServer.SendStreamCallback): void;
     *   (request: ISendStreamRequest): Promise<SendStreamResult>;
     *   readonly name: "SendStream";
     *   readonly path: "/ChatServer/SendStream";
     *   readonly requestType: "SendStreamRequest";
     *   readonly responseType: "SendStreamResult";
     *   readonly requestStream: true;
     *   readonly responseStream: true;
     * }}
     */

    /**
     * Calls SendStream.
     * @name ChatServer#sendStream
     * @type {ChatServer.SendStream}
     */
    $Object.defineProperties(ChatServer.prototype.sendStream = function(request, callback) {
        return $protobuf.rpc.Service.prototype.rpcCall.call(this, ChatServer.prototype.sendStream, $root.SendStreamRequest, $root.SendStreamResult, request, callback);
    }, {
        name: { value: "SendStream" },
        path: { value: "/ChatServer/SendStream" },
        requestType: { value: "SendStreamRequest" },
        responseType: { value: "SendStreamResult" },
        requestStream: { value: true },
        responseStream: { value: true }
    });

    /**
     * Callback as used by {@link ChatServer#subscribe}.
     * @memberof ChatServer
     * @typedef SubscribeCallback
     * @type {function}
     * @param {Error|null} error Error, if any
     * @param {RoomEvent} [response] RoomEvent
     */

    /**
     * Calls Subscribe.
     * @memberof ChatServer
     * @typedef Subscribe
     * @type {{
     *   (request: ISubscribeRequest, callback: ChatServer.SubscribeCallback): void;
     *   (request: ISubscribeRequest): Promise<RoomEvent>;
     *   readonly name: "Subscribe";
     *   readonly path: "/ChatServer/Subscribe";
     *   readonly requestType: "SubscribeRequest";
     *   readonly responseType: "RoomEvent";
     *   readonly requestStream: undefined;
     *   readonly responseStream: true;
     * }}
     */

    /**
     * Calls Subscribe.
     * @name ChatServer#subscribe
     * @type {ChatServer.Subscribe}
     */
    $Object.defineProperties(ChatServer.prototype.subscribe = function(request, callback) {
        return $protobuf.rpc.Service.prototype.rpcCall.call(this, ChatServer.prototype.subscribe, $root.SubscribeRequest, $root.RoomEvent, request, callback);
    }, {
        name: { value: "Subscribe" },
        path: { value: "/ChatServer/Subscribe" },
        requestType: { value: "SubscribeRequest" },
        responseType: { value: "RoomEvent" },
        requestStream: { value: $undefined },
        responseStream: { value: true }
    });

    /**
     * Callback as used by {@link ChatServer#getHistory}.
     * @memberof ChatServer
     * @typedef GetHistoryCallback
     * @type {function}
     * @param {Error|null} error Error, if any
     * @param {HistoryPage} [response] HistoryPage
     */

    /**
     * Calls GetHistory.
     * @memberof ChatServer
     * @typedef GetHistory
     * @type {{
     *   (request: IHistoryRequest, callback: ChatServer.GetHistoryCallback): void;
     *   (request: IHistoryRequest): Promise<HistoryPage>;
     *   readonly name: "GetHistory";
     *   readonly path: "/ChatServer/GetHistory";
     *   readonly requestType: "HistoryRequest";
     *   readonly responseType: "HistoryPage";
     *   readonly requestStream: undefined;
     *   readonly responseStream: undefined;
     * }}
     */

    /**
     * Calls GetHistory.
     * @name ChatServer#getHistory
     * @type {ChatServer.GetHistory}
     */
    $Object.defineProperties(ChatServer.prototype.getHistory = function(request, callback) {
        return $protobuf.rpc.Service.prototype.rpcCall.call(this, ChatServer.prototype.getHistory, $root.HistoryRequest, $root.HistoryPage, request, callback);
    }, {
        name: { value: "GetHistory" },
        path: { value: "/ChatServer/GetHistory" },
        requestType: { value: "HistoryRequest" },
        responseType: { value: "HistoryPage" },
        requestStream: { value: $undefined },
        responseStream: { value: $undefined }
    });

    /**
     * Callback as used by {@link ChatServer#listRooms}.
     * @memberof ChatServer
     * @typedef ListRoomsCallback
     * @type {function}
     * @param {Error|null} error Error, if any
     * @param {RoomList} [response] RoomList
     */

    /**
     * Calls ListRooms.
     * @memberof ChatServer
     * @typedef ListRooms
     * @type {{
     *   (request: IListRoomsRequest, callback: ChatServer.ListRoomsCallback): void;
     *   (request: IListRoomsRequest): Promise<RoomList>;
     *   readonly name: "ListRooms";
     *   readonly path: "/ChatServer/ListRooms";
     *   readonly requestType: "ListRoomsRequest";
     *   readonly responseType: "RoomList";
     *   readonly requestStream: undefined;
     *   readonly responseStream: undefined;
     * }}
     */

    /**
     * Calls ListRooms.
     * @name ChatServer#listRooms
     * @type {ChatServer.ListRooms}
     */
    $Object.defineProperties(ChatServer.prototype.listRooms = function(request, callback) {
        return $protobuf.rpc.Service.prototype.rpcCall.call(this, ChatServer.prototype.listRooms, $root.ListRoomsRequest, $root.RoomList, request, callback);
    }, {
        name: { value: "ListRooms" },
        path: { value: "/ChatServer/ListRooms" },
        requestType: { value: "ListRoomsRequest" },
        responseType: { value: "RoomList" },
        requestStream: { value: $undefined },
        responseStream: { value: $undefined }
    });

    /**
     * Callback as used by {@link ChatServer#updatePresence}.
     * @memberof ChatServer
     * @typedef UpdatePresenceCallback
     * @type {function}
     * @param {Error|null} error Error, if any
     * @param {EmptyMessage} [response] EmptyMessage
     */

    /**
     * Calls UpdatePresence.
     * @memberof ChatServer
     * @typedef UpdatePresence
     * @type {{
     *   (request: IPresenceUpdate, callback: ChatServer.UpdatePresenceCallback): void;
     *   (request: IPresenceUpdate): Promise<EmptyMessage>;
     *   readonly name: "UpdatePresence";
     *   readonly path: "/ChatServer/UpdatePresence";
     *   readonly requestType: "PresenceUpdate";
     *   readonly responseType: "EmptyMessage";
     *   readonly requestStream: undefined;
     *   readonly responseStream: undefined;
     * }}
     */

    /**
     * Calls UpdatePresence.
     * @name ChatServer#updatePresence
     * @type {ChatServer.UpdatePresence}
     */
    $Object.defineProperties(ChatServer.prototype.updatePresence = function(request, callback) {
        return $protobuf.rpc.Service.prototype.rpcCall.call(this, ChatServer.prototype.updatePresence, $root.PresenceUpdate, $root.EmptyMessage, request, callback);
    }, {
        name: { value: "UpdatePresence" },
        path: { value: "/ChatServer/UpdatePresence" },
        requestType: { value: "PresenceUpdate" },
        responseType: { value: "EmptyMessage" },
        requestStream: { value: $undefined },
        responseStream: { value: $undefined }
    });

    /**
     * Callback as used by {@link ChatServer#editNote}.
     * @memberof ChatServer
     * @typedef EditNoteCallback
     * @type {function}
     * @param {Error|null} error Error, if any
     * @param {Note} [response] Note
     */

    /**
     * Calls EditNote.
     * @memberof ChatServer
     * @typedef EditNote
     * @type {{
     *   (request: IEditNoteRequest, callback: ChatServer.EditNoteCallback): void;
     *   (request: IEditNoteRequest): Promise<Note>;
     *   readonly name: "EditNote";
     *   readonly path: "/ChatServer/EditNote";
     *   readonly requestType: "EditNoteRequest";
     *   readonly responseType: "Note";
     *   readonly requestStream: undefined;
     *   readonly responseStream: undefined;
     * }}
     */

    /**
     * Calls EditNote.
     * @name ChatServer#editNote
     * @type {ChatServer.EditNote}
     */
    $Object.defineProperties(ChatServer.prototype.editNote = function(request, callback) {
        return $protobuf.rpc.Service.prototype.rpcCall.call(this, ChatServer.prototype.editNote, $root.EditNoteRequest, $root.Note, request, callback);
    }, {
        name: { value: "EditNote" },
        path: { value: "/ChatServer/EditNote" },
        requestType: { value: "EditNoteRequest" },
        responseType: { value: "Note" },
        requestStream: { value: $undefined },
        responseStream: { value: $undefined }
    });

    /**
     * Callback as used by {@link ChatServer#deleteNote}.
     * @memberof ChatServer
     * @typedef DeleteNoteCallback
     * @type {function}
     * @param {Error|null} error Error, if any
     * @param {Note} [response] Note
     */

    /**
     * Calls DeleteNote.
     * @memberof ChatServer
     * @typedef DeleteNote
     * @type {{
     *   (request: IDeleteNoteRequest, callback: ChatServer.DeleteNoteCallback): void;
     *   (request: IDeleteNoteRequest): Promise<Note>;
     *   readonly name: "DeleteNote";
     *   readonly path: "/ChatServer/DeleteNote";
     *   readonly requestType: "DeleteNoteRequest";
     *   readonly responseType: "Note";
     *   readonly requestStream: undefined;
     *   readonly responseStream: undefined;
     * }}
     */

    /**
     * Calls DeleteNote.
     * @name ChatServer#deleteNote
     * @type {ChatServer.DeleteNote}
     */
    $Object.defineProperties(ChatServer.prototype.deleteNote = function(request, callback) {
        return $protobuf.rpc.Service.prototype.rpcCall.call(this, ChatServer.prototype.deleteNote, $root.DeleteNoteRequest, $root.Note, request, callback);
    }, {
        name: { value: "DeleteNote" },
        path: { value: "/ChatServer/DeleteNote" },
        requestType: { value: "DeleteNoteRequest" },
        responseType: { value: "Note" },
        requestStream: { value: $undefined },
        responseStream: { value: $undefined }
    });

    return ChatServer;
})();

export const RoomService = $root.RoomService = (() => {

    /**
     * Constructs a new RoomService service.
     * @exports RoomService
     * @classdesc Represents a RoomService
     * @extends $protobuf.rpc.Service
     * @constructor
     * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
     * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
     * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
     */
    const RoomService = function(rpcImpl, requestDelimited, responseDelimited) {
        $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
    };

    $Object.defineProperty(RoomService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: RoomService, writable: true, enumerable: false, configurable: true });

    /**
     * Creates new RoomService service using the specified rpc implementation.
     * @function create
     * @memberof RoomService
     * @static
     * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
     * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
     * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
     * @returns {RoomService} RPC service. Useful where requests and/or responses are streamed.
     */
    RoomService.create = function(rpcImpl, requestDelimited, responseDelimited) {
        return new this(rpcImpl, requestDelimited, responseDelimited);
    };

    /**
     * Callback as used by {@link RoomService#createRoom}.
     * @memberof RoomService
     * @typedef CreateRoomCallback
     * @type {function}
     * @param {Error|null} error Error, if any
     * @param {RoomInfo} [response] RoomInfo
     */

    /**
     * Calls CreateRoom.
     * @memberof RoomService
     * @typedef CreateRoom
     * @type {{
     *   (request: ICreateRoomRequest, callback: RoomService.CreateRoomCallback): void;
     *   (request: ICreateRoomRequest): Promise<RoomInfo>;
     *   readonly name: "CreateRoom";
     *   readonly path: "/RoomService/CreateRoom";
     *   readonly requestType: "CreateRoomRequest";
     *   readonly responseType: "RoomInfo";
     *   readonly requestStream: undefined;
     *   readonly responseStream: undefined;
     * }}
     */

    /**
     * Calls CreateRoom.
     * @name RoomService#createRoom
     * @type {RoomService.CreateRoom}
     */
    $Object.defineProperties(RoomService.prototype.createRoom = function(request, callback) {
        return $protobuf.rpc.Service.prototype.rpcCall.call(this, RoomService.prototype.createRoom, $root.CreateRoomRequest, $root.RoomInfo, request, callback);
    }, {
        name: { value: "CreateRoom" },
        path: { value: "/RoomService/CreateRoom" },
        requestType: { value: "CreateRoomRequest" },
        responseType: { value: "RoomInfo" },
        requestStream: { value: $undefined },
        responseStream: { value: $undefined }
    });

    /**
     * Callback as used by {@link RoomService#openDirect}.
     * @memberof RoomService
     * @typedef OpenDirectCallback
     * @type {function}
     * @param {Error|null} error Error, if any
     * @param {RoomInfo} [response] RoomInfo
     */

    /**
     * Calls OpenDirect.
     * @memberof RoomService
     * @typedef OpenDirect
     * @type {{
     *   (request: IOpenDirectRequest, callback: RoomService.OpenDirectCallback): void;
     *   (request: IOpenDirectRequest): Promise<RoomInfo>;
     *   readonly name: "OpenDirect";
     *   readonly path: "/RoomService/OpenDirect";
     *   readonly requestType: "OpenDirectRequest";
     *   readonly responseType: "RoomInfo";
     *   readonly requestStream: undefined;
     *   readonly responseStream: undefined;
     * }}
     */

    /**
     * Calls OpenDirect.
     * @name RoomService#openDirect
     * @type {RoomService.OpenDirect}
     */
    $Object.defineProperties(RoomService.prototype.openDirect = function(request, callback) {
        return $protobuf.rpc.Service.prototype.rpcCall.call(this, RoomService.prototype.openDirect, $root.OpenDirectRequest, $root.RoomInfo, request, callback);
    }, {
        name: { value: "OpenDirect" },
        path: { value: "/RoomService/OpenDirect" },
        requestType: { value: "OpenDirectRequest" },
        responseType: { value: "RoomInfo" },
        requestStream: { value: $undefined },
        responseStream: { value: $undefined }
    });

    /**
     * Callback as used by {@link RoomService#inviteMember}.
     * @memberof RoomService
     * @typedef InviteMemberCallback
     * @type {function}
     * @param {Error|null} error Error, if any
     * @param {MemberList} [response] MemberList
     */

    /**
     * Calls InviteMember.
     * @memberof RoomService
     * @typedef InviteMember
     * @type {{
     *   (request: IMemberRequest, callback: RoomService.InviteMemberCallback): void;
     *   (request: IMemberRequest): Promise<MemberList>;
     *   readonly name: "InviteMember";
     *   readonly path: "/RoomService/InviteMember";
     *   readonly requestType: "MemberRequest";
     *   readonly responseType: "MemberList";
     *   readonly requestStream: undefined;
     *   readonly responseStream: undefined;
     * }}
     */

    /**
     * Calls InviteMember.
     * @name RoomService#inviteMember
     * @type {RoomService.InviteMember}
     */
    $Object.defineProperties(RoomService.prototype.inviteMember = function(request, callback) {
        return $protobuf.rpc.Service.prototype.rpcCall.call(this, RoomService.prototype.inviteMember, $root.MemberRequest, $root.MemberList, request, callback);
    }, {
        name: { value: "InviteMember" },
        path: { value: "/RoomService/InviteMember" },
        requestType: { value: "MemberRequest" },
        responseType: { value: "MemberList" },
        requestStream: { value: $undefined },
        responseStream: { value: $undefined }
    });

    /**
     * Callback as used by {@link RoomService#removeMember}.
     * @memberof RoomService
     * @typedef RemoveMemberCallback
     * @type {function}
     * @param {Error|null} error Error, if any
     * @param {MemberList} [response] MemberList
     */

    /**
     * Calls RemoveMember.
     * @memberof RoomService
     * @typedef RemoveMember
     * @type {{
     *   (request: IMemberRequest, callback: RoomService.RemoveMemberCallback): void;
     *   (request: IMemberRequest): Promise<MemberList>;
     *   readonly name: "RemoveMember";
     *   readonly path: "/RoomService/RemoveMember";
     *   readonly requestType: "MemberRequest";
     *   readonly responseType: "MemberList";
     *   readonly requestStream: undefined;
     *   readonly responseStream: undefined;
     * }}
     */

    /**
     * Calls RemoveMember.
     * @name RoomService#removeMember
     * @type {RoomService.RemoveMember}
     */
    $Object.defineProperties(RoomService.prototype.removeMember = function(request, callback) {
        return $protobuf.rpc.Service.prototype.rpcCall.call(this, RoomService.prototype.removeMember, $root.MemberRequest, $root.MemberList, request, callback);
    }, {
        name: { value: "RemoveMember" },
        path: { value: "/RoomService/RemoveMember" },
        requestType: { value: "MemberRequest" },
        responseType: { value: "MemberList" },
        requestStream: { value: $undefined },
        responseStream: { value: $undefined }
    });

    /**
     * Callback as used by {@link RoomService#joinRoom}.
     * @memberof RoomService
     * @typedef JoinRoomCallback
     * @type {function}
     * @param {Error|null} error Error, if any
     * @param {RoomInfo} [response] RoomInfo
     */

    /**
     * Calls JoinRoom.
     * @memberof RoomService
     * @typedef JoinRoom
     * @type {{
     *   (request: IRoomRequest, callback: RoomService.JoinRoomCallback): void;
     *   (request: IRoomRequest): Promise<RoomInfo>;
     *   readonly name: "JoinRoom";
     *   readonly path: "/RoomService/JoinRoom";
     *   readonly requestType: "RoomRequest";
     *   readonly responseType: "RoomInfo";
     *   readonly requestStream: undefined;
     *   readonly responseStream: undefined;
     * }}
     */

    /**
     * Calls JoinRoom.
     * @name RoomService#joinRoom
     * @type {RoomService.JoinRoom}
     */
    $Object.defineProperties(RoomService.prototype.joinRoom = function(request, callback) {
        return $protobuf.rpc.Service.prototype.rpcCall.call(this, RoomService.prototype.joinRoom, $root.RoomRequest, $root.RoomInfo, request, callback);
    }, {
        name: { value: "JoinRoom" },
        path: { value: "/RoomService/JoinRoom" },
        requestType: { value: "RoomRequest" },
        responseType: { value: "RoomInfo" },
        requestStream: { value: $undefined },
        responseStream: { value: $undefined }
    });

    /**
     * Callback as used by {@link RoomService#leaveRoom}.
     * @memberof RoomService
     * @typedef LeaveRoomCallback
     * @type {function}
     * @param {Error|null} error Error, if any
     * @param {EmptyMessage} [response] EmptyMessage
     */

    /**
     * Calls LeaveRoom.
     * @memberof RoomService
     * @typedef LeaveRoom
     * @type {{
     *   (request: IRoomRequest, callback: RoomService.LeaveRoomCallback): void;
     *   (request: IRoomRequest): Promise<EmptyMessage>;
     *   readonly name: "LeaveRoom";
     *   readonly path: "/RoomService/LeaveRoom";
     *   readonly requestType: "RoomRequest";
     *   readonly responseType: "EmptyMessage";
     *   readonly requestStream: undefined;
     *   readonly responseStream: undefined;
     * }}
     */

    /**
     * Calls LeaveRoom.
     * @name RoomService#leaveRoom
     * @type {RoomService.LeaveRoom}
     */
    $Object.defineProperties(RoomService.prototype.leaveRoom = function(request, callback) {
        return $protobuf.rpc.Service.prototype.rpcCall.call(this, RoomService.prototype.leaveRoom, $root.RoomRequest, $root.EmptyMessage, request, callback);
    }, {
        name: { value: "LeaveRoom" },
        path: { value: "/RoomService/LeaveRoom" },
        requestType: { value: "RoomRequest" },
        responseType: { value: "EmptyMessage" },
        requestStream: { value: $undefined },
        responseStream: { value: $undefined }
    });

    /**
     * Callback as used by {@link RoomService#listMembers}.
     * @memberof RoomService
     * @typedef ListMembersCallback
     * @type {function}
     * @param {Error|null} error Error, if any
     * @param {MemberList} [response] MemberList
     */

    /**
     * Calls ListMembers.
     * @memberof RoomService
     * @typedef ListMembers
     * @type {{
     *   (request: IRoomRequest, callback: RoomService.ListMembersCallback): void;
     *   (request: IRoomRequest): Promise<MemberList>;
     *   readonly name: "ListMembers";
     *   readonly path: "/RoomService/ListMembers";
     *   readonly requestType: "RoomRequest";
     *   readonly responseType: "MemberList";
     *   readonly requestStream: undefined;
     *   readonly responseStream: undefined;
     * }}
     */

    /**
     * Calls ListMembers.
     * @name RoomService#listMembers
     * @type {RoomService.ListMembers}
     */
    $Object.defineProperties(RoomService.prototype.listMembers = function(request, callback) {
        return $protobuf.rpc.Service.prototype.rpcCall.call(this, RoomService.prototype.listMembers, $root.RoomRequest, $root.MemberList, request, callback);
    }, {
        name: { value: "ListMembers" },
        path: { value: "/RoomService/ListMembers" },
        requestType: { value: "RoomRequest" },
        responseType: { value: "MemberList" },
        requestStream: { value: $undefined },
        responseStream: { value: $undefined }
    });

    /**
     * Callback as used by {@link RoomService#browseRooms}.
     * @memberof RoomService
     * @typedef BrowseRoomsCallback
     * @type {function}
     * @param {Error|null} error Error, if any
     * @param {RoomDirectory} [response] RoomDirectory
     */

    /**
     * Calls BrowseRooms.
     * @memberof RoomService
     * @typedef BrowseRooms
     * @type {{
     *   (request: IBrowseRoomsRequest, callback: RoomService.BrowseRoomsCallback): void;
     *   (request: IBrowseRoomsRequest): Promise<RoomDirectory>;
     *   readonly name: "BrowseRooms";
     *   readonly path: "/RoomService/BrowseRooms";
     *   readonly requestType: "BrowseRoomsRequest";
     *   readonly responseType: "RoomDirectory";
     *   readonly requestStream: undefined;
     *   readonly responseStream: undefined;
     * }}
     */

    /**
     * Calls BrowseRooms.
     * @name RoomService#browseRooms
     * @type {RoomService.BrowseRooms}
     */
    $Object.defineProperties(RoomService.prototype.browseRooms = function(request, callback) {
        return $protobuf.rpc.Service.prototype.rpcCall.call(this, RoomService.prototype.browseRooms, $root.BrowseRoomsRequest, $root.RoomDirectory, request, callback);
    }, {
        name: { value: "BrowseRooms" },
        path: { value: "/RoomService/BrowseRooms" },
        requestType: { value: "BrowseRoomsRequest" },
        responseType: { value: "RoomDirectory" },
        requestStream: { value: $undefined },
        responseStream: { value: $undefined }
    });

    /**
     * Callback as used by {@link RoomService#listMyRooms}.
     * @memberof RoomService
     * @typedef ListMyRoomsCallback
     * @type {function}
     * @param {Error|null} error Error, if any
     * @param {RoomList} [response] RoomList
     */

    /**
     * Calls ListMyRooms.
     * @memberof RoomService
     * @typedef ListMyRooms
     * @type {{
     *   (request: IEmptyMessage, callback: RoomService.ListMyRoomsCallback): void;
     *   (request: IEmptyMessage): Promise<RoomList>;
     *   readonly name: "ListMyRooms";
     *   readonly path: "/RoomService/ListMyRooms";
     *   readonly requestType: "EmptyMessage";
     *   readonly responseType: "RoomList";
     *   readonly requestStream: undefined;
     *   readonly responseStream: undefined;
     * }}
     */

    /**
     * Calls ListMyRooms.
     * @name RoomService#listMyRooms
     * @type {RoomService.ListMyRooms}
     */
    $Object.defineProperties(RoomService.prototype.listMyRooms = function(request, callback) {
        return $protobuf.rpc.Service.prototype.rpcCall.call(this, RoomService.prototype.listMyRooms, $root.EmptyMessage, $root.RoomList, request, callback);
    }, {
        name: { value: "ListMyRooms" },
        path: { value: "/RoomService/ListMyRooms" },
        requestType: { value: "EmptyMessage" },
        responseType: { value: "RoomList" },
        requestStream: { value: $undefined },
        responseStream: { value: $undefined }
    });

    /**
     * Callback as used by {@link RoomService#markRead}.
     * @memberof RoomService
     * @typedef MarkReadCallback
     * @type {function}
     * @param {Error|null} error Error, if any
     * @param {ReadState} [response] ReadState
     */

    /**
     * Calls MarkRead.
     * @memberof RoomService
     * @typedef MarkRead
     * @type {{
     *   (request: IMarkReadRequest, callback: RoomService.MarkReadCallback): void;
     *   (request: IMarkReadRequest): Promise<ReadState>;
     *   readonly name: "MarkRead";
     *   readonly path: "/RoomService/MarkRead";
     *   readonly requestType: "MarkReadRequest";
     *   readonly responseType: "ReadState";
     *   readonly requestStream: undefined;
     *   readonly responseStream: undefined;
     * }}
     */

    /**
     * Calls MarkRead.
     * @name RoomService#markRead
     * @type {RoomService.MarkRead}
     */
    $Object.defineProperties(RoomService.prototype.markRead = function(request, callback) {
        return $protobuf.rpc.Service.prototype.rpcCall.call(this, RoomService.prototype.markRead, $root.MarkReadRequest, $root.ReadState, request, callback);
    }, {
        name: { value: "MarkRead" },
        path: { value: "/RoomService/MarkRead" },
        requestType: { value: "MarkReadRequest" },
        responseType: { value: "ReadState" },
        requestStream: { value: $undefined },
        responseStream: { value: $undefined }
    });

    return RoomService;
})();

export {
  $root as default
};
