// Tertulia's chat page. Plain ES module, no dependencies, served by the web tier itself.
//
// Invariants: a message is shown once (messages are keyed by their room seq; a pending send is replaced by
// its stored copy, matched by clientId); text is only ever set with textContent; after any reconnect every
// room resumes from the last seq this page holds, so nothing is lost or doubled.

const app = document.querySelector(".app");
const me = app.dataset.user;
const maxChars = Number(app.dataset.maxChars);
const ROOM_PATTERN = /^[a-z0-9_-]{1,64}$/;
const STORAGE_KEY = `tertulia:${me}:rooms`;
const TYPING_SEND_MS = 2000;
const TYPING_SHOW_MS = 4000;

const el = {
  connection: document.querySelector(".connection"),
  rooms: document.querySelector(".rooms"),
  online: document.querySelector(".online"),
  title: document.querySelector(".room-title"),
  scroller: document.querySelector(".messages"),
  list: document.querySelector(".message-list"),
  older: document.querySelector(".load-older"),
  typing: document.querySelector(".typing"),
  composer: document.querySelector(".composer"),
  input: document.querySelector("#message"),
  counter: document.querySelector(".counter"),
  joinForm: document.querySelector(".join-room"),
  joinInput: document.querySelector("#room-name"),
  menu: document.querySelector(".menu"),
  sidebar: document.querySelector(".sidebar"),
};

// ---------------------------------------------------------------------------------------------------------
// State
// ---------------------------------------------------------------------------------------------------------

/** @type {Map<string, Room>} */
const rooms = new Map();
let active = "";
let socket = null;
let connected = false;
let reconnectDelay = 500;
let lastTypingSent = 0;

function newRoom(name) {
  return {
    name,
    epoch: "",
    lastSeq: 0,
    /** seq → message, in arrival order (always ascending seq). */
    messages: new Map(),
    /** clientId → text, sends not yet seen back from the server. */
    pending: new Map(),
    present: new Set(),
    typing: new Map(),
    unread: 0,
    hasMore: false,
    joined: false,
    live: true,
  };
}

function saveRooms() {
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ rooms: [...rooms.keys()], active }));
}

function loadRooms() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "{}");
    return Array.isArray(saved.rooms) ? saved.rooms.filter((r) => ROOM_PATTERN.test(r)) : [];
  } catch {
    return [];
  }
}

// ---------------------------------------------------------------------------------------------------------
// Socket
// ---------------------------------------------------------------------------------------------------------

function connect() {
  setConnection(rooms.size && socket ? "reconnecting" : "connecting");
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  const ws = new WebSocket(`${scheme}://${location.host}/ws`);
  socket = ws;
  let opened = false;
  ws.addEventListener("open", () => {
    opened = true;
    connected = true;
    reconnectDelay = 500;
    for (const room of rooms.values()) join(room);
  });
  ws.addEventListener("message", (event) => {
    let frame;
    try {
      frame = JSON.parse(event.data);
    } catch {
      return;
    }
    handlers[frame.type]?.(frame);
  });
  ws.addEventListener("close", (event) => {
    connected = false;
    if (socket !== ws) return;
    for (const room of rooms.values()) room.joined = false;
    if (event.code === 4001 || event.code === 1008) {
      location.assign("/login?notice=expired");
      return;
    }
    if (event.code === 1000 && event.reason === "logged out") {
      location.assign("/login?notice=bye");
      return;
    }
    if (!opened) void checkSession();
    setConnection("reconnecting");
    setTimeout(connect, reconnectDelay * (0.75 + Math.random() * 0.5));
    reconnectDelay = Math.min(reconnectDelay * 2, 10000);
  });
}

/** A refused upgrade may mean the session ended: the page itself redirects to the login form then. */
async function checkSession() {
  try {
    const response = await fetch(location.pathname, { redirect: "manual", cache: "no-store" });
    if (response.type === "opaqueredirect") location.assign("/login?notice=expired");
  } catch {
    // The web tier is unreachable: keep retrying the socket.
  }
}

function send(frame) {
  if (connected && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
}

function join(room) {
  // Holding messages: resume after the last one. A fresh page asks for the latest page instead.
  send({ type: "join", room: room.name, afterSeq: room.lastSeq, epoch: room.epoch });
}

const handlers = {
  hello() {},

  joined(frame) {
    const room = rooms.get(frame.room);
    if (!room) return;
    // An empty epoch is a room that had no message yet when it was joined: not a different history.
    if (frame.reset || (room.epoch !== "" && room.epoch !== frame.epoch)) {
      room.messages.clear();
      room.lastSeq = 0;
    }
    room.epoch = frame.epoch;
    room.joined = true;
    room.live = frame.live;
    if (room.messages.size === 0) room.hasMore = frame.hasMore;
    room.present = new Set(frame.present);
    for (const message of frame.messages) addMessage(room, message, { quiet: true });
    resendPending(room);
    if (room.name === active) renderActive({ stickToBottom: true });
    renderRooms();
    renderConnection();
  },

  message(frame) {
    const room = rooms.get(frame.room);
    if (!room) return;
    if (room.lastSeq > 0 && frame.seq > room.lastSeq + 1) {
      // A hole: ask for everything after what we hold; the reply fills it, duplicates are dropped.
      join(room);
      return;
    }
    addMessage(room, frame, { quiet: false });
  },

  history(frame) {
    const room = rooms.get(frame.room);
    if (!room) return;
    const older = frame.messages.filter((m) => !room.messages.has(m.seq));
    room.messages = new Map([...older.map((m) => [m.seq, m]), ...room.messages]);
    room.hasMore = frame.hasMore;
    if (room.name === active) renderActive({ keepPosition: true });
  },

  presence(frame) {
    const room = rooms.get(frame.room);
    if (!room) return;
    if (frame.event === "join") room.present.add(frame.user);
    if (frame.event === "leave") {
      room.present.delete(frame.user);
      room.typing.delete(frame.user);
    }
    if (frame.event === "typing" && frame.user !== me) room.typing.set(frame.user, Date.now());
    if (room.name === active) {
      renderOnline();
      renderTyping();
    }
  },

  status(frame) {
    const room = rooms.get(frame.room);
    if (!room) return;
    room.live = frame.state === "live";
    if (room.live) resendPending(room);
    renderConnection();
  },

  reset(frame) {
    const room = rooms.get(frame.room);
    if (!room) return;
    room.messages.clear();
    room.lastSeq = 0;
    room.epoch = frame.epoch;
    join(room);
  },

  error(frame) {
    if (frame.code === "session_expired") {
      location.assign("/login?notice=expired");
      return;
    }
    const room = frame.room ? rooms.get(frame.room) : rooms.get(active);
    if (frame.clientId && room && frame.code === "invalid") {
      room.pending.delete(frame.clientId);
      if (room.name === active) renderActive({});
    }
    if (frame.code === "unavailable" && room && !frame.clientId && !room.joined) {
      setTimeout(() => join(room), 2000);
    }
    // The web tier drops frames past its per-socket rate and a quota refuses sends past the user's: what
    // is still pending goes again once there is room (the same clientId, so nothing is stored twice).
    if (frame.code === "rate_limited" || frame.code === "quota_exceeded") resendPendingSoon();
    flash(frame.message);
  },
};

// ---------------------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------------------

function addMessage(room, message, { quiet }) {
  if (message.seq <= room.lastSeq || room.messages.has(message.seq)) return;
  const atBottom = isNearBottom();
  room.messages.set(message.seq, message);
  room.lastSeq = message.seq;
  const wasMine = message.author === me && room.pending.delete(message.clientId);
  if (room.name === active) {
    if (wasMine) renderActive({ stickToBottom: true });
    else appendMessage(message);
    if (atBottom || wasMine) scrollToBottom();
  } else if (!quiet && message.author !== me) {
    room.unread += 1;
    renderRooms();
  }
}

function resendPending(room) {
  for (const [clientId, text] of room.pending) send({ type: "send", room: room.name, text, clientId });
}

/** Milliseconds before pending sends go again after a refusal: the per-socket bucket refills meanwhile. */
const RESEND_AFTER_REFUSAL_MS = 1_500;
let resendTimer = null;

function resendPendingSoon() {
  if (resendTimer !== null) return;
  resendTimer = setTimeout(() => {
    resendTimer = null;
    for (const room of rooms.values()) if (room.live && room.pending.size > 0) resendPending(room);
  }, RESEND_AFTER_REFUSAL_MS);
}

function sendMessage() {
  const text = el.input.value.trim();
  const room = rooms.get(active);
  if (!text || !room || [...text].length > maxChars) return;
  const clientId = crypto.randomUUID();
  room.pending.set(clientId, text);
  send({ type: "send", room: room.name, text, clientId });
  el.input.value = "";
  updateCounter();
  autoresize();
  renderActive({ stickToBottom: true });
}

// ---------------------------------------------------------------------------------------------------------
// Rendering (text only: textContent, never innerHTML)
// ---------------------------------------------------------------------------------------------------------

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });

function messageElement(message, { pending = false } = {}) {
  const item = document.createElement("li");
  item.className = "message";
  if (message.author === me) item.classList.add("own");
  if (pending) item.classList.add("pending");
  if (message.seq) item.dataset.seq = String(message.seq);
  const meta = document.createElement("div");
  meta.className = "meta";
  const author = document.createElement("span");
  author.className = "author";
  author.textContent = message.author;
  const time = document.createElement("time");
  if (pending) {
    time.textContent = "sending…";
  } else {
    const at = new Date(message.sentAt);
    time.dateTime = at.toISOString();
    time.textContent = timeFormat.format(at);
    time.title = dateFormat.format(at);
  }
  meta.append(author, time);
  const text = document.createElement("p");
  text.className = "text";
  text.textContent = message.text;
  item.append(meta, text);
  return item;
}

function appendMessage(message) {
  el.list.append(messageElement(message));
}

function renderActive({ stickToBottom = false, keepPosition = false }) {
  const room = rooms.get(active);
  const previousHeight = el.scroller.scrollHeight;
  const previousTop = el.scroller.scrollTop;
  el.list.replaceChildren();
  if (!room) {
    el.title.textContent = "";
    return;
  }
  el.title.textContent = `# ${room.name}`;
  const items = [...room.messages.values()].map((m) => messageElement(m));
  for (const [, text] of room.pending)
    items.push(messageElement({ author: me, text, sentAt: Date.now() }, { pending: true }));
  el.list.append(...items);
  el.older.hidden = !room.hasMore;
  if (keepPosition) el.scroller.scrollTop = previousTop + (el.scroller.scrollHeight - previousHeight);
  else if (stickToBottom) scrollToBottom();
  renderOnline();
  renderTyping();
}

function renderRooms() {
  el.rooms.replaceChildren(
    ...[...rooms.values()].map((room) => {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = `/chat/${room.name}`;
      link.textContent = `# ${room.name}`;
      if (room.name === active) link.setAttribute("aria-current", "page");
      link.addEventListener("click", (event) => {
        event.preventDefault();
        activate(room.name, { push: true });
      });
      item.append(link);
      if (room.unread > 0) {
        const badge = document.createElement("span");
        badge.className = "unread";
        badge.textContent = String(room.unread);
        badge.setAttribute("aria-label", `${room.unread} unread`);
        item.append(badge);
      }
      const leave = document.createElement("button");
      leave.type = "button";
      leave.className = "leave";
      leave.textContent = "×";
      leave.setAttribute("aria-label", `Leave ${room.name}`);
      leave.addEventListener("click", () => leaveRoom(room.name));
      item.append(leave);
      return item;
    }),
  );
}

function renderOnline() {
  const room = rooms.get(active);
  el.online.replaceChildren(
    ...[...(room?.present ?? [])].sort().map((user) => {
      const item = document.createElement("li");
      item.textContent = user === me ? `${user} (you)` : user;
      return item;
    }),
  );
}

function renderTyping() {
  const room = rooms.get(active);
  const now = Date.now();
  const typing = [...(room?.typing ?? [])].filter(([, at]) => now - at < TYPING_SHOW_MS).map(([user]) => user);
  el.typing.textContent =
    typing.length === 0 ? "" : typing.length === 1 ? `${typing[0]} is typing…` : `${typing.join(", ")} are typing…`;
}

function renderConnection() {
  if (!connected) return;
  const reconnecting = [...rooms.values()].some((room) => !room.live);
  setConnection(reconnecting ? "reconnecting" : "live");
}

function setConnection(state) {
  el.connection.dataset.state = state;
  el.connection.textContent = state === "live" ? "live" : `${state}…`;
}

let flashTimer = 0;
function flash(text) {
  el.typing.textContent = text;
  el.typing.classList.add("flash");
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => {
    el.typing.classList.remove("flash");
    renderTyping();
  }, 4000);
}

function isNearBottom() {
  return el.scroller.scrollHeight - el.scroller.scrollTop - el.scroller.clientHeight < 48;
}

function scrollToBottom() {
  el.scroller.scrollTop = el.scroller.scrollHeight;
}

// ---------------------------------------------------------------------------------------------------------
// Rooms
// ---------------------------------------------------------------------------------------------------------

function activate(name, { push }) {
  if (!rooms.has(name)) {
    rooms.set(name, newRoom(name));
    join(rooms.get(name));
  }
  active = name;
  rooms.get(name).unread = 0;
  if (push && location.pathname !== `/chat/${name}`) history.pushState({ room: name }, "", `/chat/${name}`);
  document.title = `#${name} · Tertulia`;
  saveRooms();
  renderRooms();
  renderActive({ stickToBottom: true });
  el.sidebar.classList.remove("open");
  el.menu.setAttribute("aria-expanded", "false");
}

function leaveRoom(name) {
  if (!rooms.has(name)) return;
  send({ type: "leave", room: name });
  rooms.delete(name);
  if (active === name) activate(rooms.keys().next().value ?? "general", { push: true });
  else {
    saveRooms();
    renderRooms();
  }
}

function roomFromPath() {
  const match = /^\/chat\/([a-z0-9_-]{1,64})$/.exec(location.pathname);
  return match ? match[1] : "";
}

// ---------------------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------------------

function updateCounter() {
  const used = [...el.input.value].length;
  el.counter.textContent = used > maxChars * 0.8 ? `${used} / ${maxChars}` : "";
  el.counter.classList.toggle("over", used > maxChars);
}

function autoresize() {
  el.input.style.height = "auto";
  el.input.style.height = `${Math.min(el.input.scrollHeight, 160)}px`;
}

el.composer.addEventListener("submit", (event) => {
  event.preventDefault();
  sendMessage();
});

el.input.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    sendMessage();
  }
});

el.input.addEventListener("input", () => {
  updateCounter();
  autoresize();
  const now = Date.now();
  if (el.input.value && now - lastTypingSent > TYPING_SEND_MS && active) {
    lastTypingSent = now;
    send({ type: "typing", room: active });
  }
});

el.joinForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const name = el.joinInput.value.trim().toLowerCase().replace(/\s+/g, "-");
  if (!ROOM_PATTERN.test(name)) {
    flash("Room names are 1-64 characters of a-z, 0-9, '_' and '-'");
    return;
  }
  el.joinInput.value = "";
  activate(name, { push: true });
});

el.older.addEventListener("click", () => {
  const room = rooms.get(active);
  const oldest = room?.messages.keys().next().value;
  if (room && oldest) send({ type: "history", room: room.name, beforeSeq: oldest });
});

el.menu.addEventListener("click", () => {
  const open = el.sidebar.classList.toggle("open");
  el.menu.setAttribute("aria-expanded", String(open));
});

window.addEventListener("popstate", () => {
  const name = roomFromPath();
  if (name) activate(name, { push: false });
});

setInterval(renderTyping, 1000);

// ---------------------------------------------------------------------------------------------------------
// Start: the room in the URL, then the rooms this user had open, then #general.
// ---------------------------------------------------------------------------------------------------------

for (const name of new Set([...loadRooms(), "general"])) rooms.set(name, newRoom(name));
const first = roomFromPath() || JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "{}").active || "general";
activate(ROOM_PATTERN.test(first) ? first : "general", { push: false });
if (!roomFromPath()) history.replaceState({ room: active }, "", `/chat/${active}`);
updateCounter();
connect();
