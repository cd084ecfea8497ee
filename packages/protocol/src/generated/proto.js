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
 */
export const NoteKind = $root.NoteKind = (() => {
    const valuesById = $Object.create(null), values = $Object.create(valuesById);
    values[valuesById[0] = "NOTE_KIND_CHAT"] = 0;
    values[valuesById[1] = "NOTE_KIND_JOIN"] = 1;
    values[valuesById[2] = "NOTE_KIND_LEAVE"] = 2;
    values[valuesById[3] = "NOTE_KIND_SYSTEM"] = 3;
    values[valuesById[4] = "NOTE_KIND_TYPING"] = 4;
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

    return ChatServer;
})();

export {
  $root as default
};
