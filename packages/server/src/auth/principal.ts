/**
 * Who a call is made by: a person, or the web tier acting for its shared room streams. A person is named
 * by their account's id as well as their name, and by the token generation they logged in under, so a
 * token outlives neither a logout-everywhere nor its account.
 */
export type Principal =
  | {
      readonly kind: "user";
      readonly username: string;
      readonly userId: string;
      readonly generation: number;
    }
  | { readonly kind: "service"; readonly name: string };
