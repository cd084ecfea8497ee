/**
 * AuthService over gRPC: each handler reads its call into the service's typed inputs and writes back its
 * answer. A new RPC is one entry here, calling one method of auth/auth-service.ts.
 */
import type { Server } from "@grpc/grpc-js";
import { authMethods, serviceDefinition } from "@tertulia/protocol";
import type { Logger } from "@tertulia/runtime";
import type { AuthService } from "../auth/auth-service.ts";
import { callerOf } from "./caller.ts";
import { unaryHandler } from "./handlers.ts";

type M = typeof authMethods;

export function addAuthService(server: Server, auth: AuthService, log: Logger): void {
  server.addService(serviceDefinition(authMethods), {
    authenticateUser: unaryHandler<M["authenticateUser"]>(log, "AuthenticateUser", (call) =>
      auth.login(callerOf(call), call.request),
    ),
    registerUser: unaryHandler<M["registerUser"]>(log, "RegisterUser", (call) =>
      auth.register(callerOf(call), call.request),
    ),
    refreshToken: unaryHandler<M["refreshToken"]>(log, "RefreshToken", (call) => auth.refresh(callerOf(call))),
    checkToken: unaryHandler<M["checkToken"]>(log, "CheckToken", (call) => auth.check(callerOf(call))),
    revokeTokens: unaryHandler<M["revokeTokens"]>(log, "RevokeTokens", async (call) => {
      await auth.revoke(callerOf(call));
      return {};
    }),
    changePassword: unaryHandler<M["changePassword"]>(log, "ChangePassword", (call) =>
      auth.changePassword(callerOf(call), call.request),
    ),
    deleteAccount: unaryHandler<M["deleteAccount"]>(log, "DeleteAccount", async (call) => {
      await auth.deleteAccount(callerOf(call), call.request.password);
      return {};
    }),
    // No token: a login page asks before anyone has logged in.
    getSettings: unaryHandler<M["getSettings"]>(log, "GetSettings", async () => auth.settings()),
  });
}
