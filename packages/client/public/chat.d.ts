// chat.js is browser code the web tier embeds and serves (src/pages/assets.ts): to the server it is only
// a path.
declare const path: string;
export default path;
