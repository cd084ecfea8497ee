/** Who a call is made by: a person, or the web tier acting for its shared room streams. */
export type Principal =
  | { readonly kind: "user"; readonly username: string }
  | { readonly kind: "service"; readonly name: string };
