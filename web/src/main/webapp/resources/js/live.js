// Live connection to a KOMPASS stream (docs/websocket-protocol.md): snapshot first, then events in seq order.
// Reconnects by itself after a network drop or a server restart and asks for what it missed with ?since=.

export const texts = JSON.parse(document.getElementById('texts')?.textContent || '{}');

export function t(key, fallback = key) {
  return texts[key] ?? fallback;
}

export function connect(path, { onSnapshot = () => {}, onEvent = () => {}, onConnection = () => {} }) {
  let seq = null;
  let retry = 0;
  let keepAlive = null;

  function open() {
    const url = new URL(path, window.location.href);
    url.protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    if (seq !== null) url.searchParams.set('since', seq);
    const socket = new WebSocket(url);
    socket.onopen = () => {
      retry = 0;
      onConnection(true);
      keepAlive = setInterval(() => socket.readyState === WebSocket.OPEN && socket.send('ping'), 25000);
    };
    socket.onmessage = (message) => {
      const data = JSON.parse(message.data);
      if (data.type === 'snapshot') {
        seq = data.seq;
        onSnapshot(data);
      } else if (data.type === 'status' || seq === null || data.seq > seq) {
        seq = data.seq;
        onEvent(data);
      }
    };
    socket.onclose = (event) => {
      clearInterval(keepAlive);
      onConnection(false, event.code);
      const delay = Math.min(10000, 500 * 2 ** retry++);
      setTimeout(open, delay);
    };
  }

  open();
}

export function showConnection(element, connected, code) {
  if (!element) return;
  element.dataset.closeCode = code ?? '';
  element.textContent = connected ? t('connected') : t('disconnected');
  element.classList.toggle('offline', !connected);
}

export async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'kompass' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return null;
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(data.detail || data.title || String(response.status));
  return data;
}

export function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child !== undefined && child !== null) node.append(child);
  }
  return node;
}
