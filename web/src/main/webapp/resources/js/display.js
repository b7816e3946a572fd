// Waiting-room display: the called numbers large with their room, the waiting count and estimate, a chime per call.
import { connect, showConnection, t, element } from './live.js';

const root = document.getElementById('display');
const office = root.dataset.office;
const tickets = new Map();
let figures = { waiting: 0, estimatedWaitMinutes: 0 };
let audio = null;

document.getElementById('sound').addEventListener('click', (event) => {
  audio = audio || new AudioContext();
  audio.resume();
  event.target.hidden = true;
});

function chime() {
  if (!audio) return;
  const now = audio.currentTime;
  [660, 880].forEach((frequency, index) => {
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = frequency;
    gain.gain.setValueAtTime(0.25, now + index * 0.35);
    gain.gain.exponentialRampToValueAtTime(0.001, now + index * 0.35 + 0.6);
    tone.connect(gain).connect(audio.destination);
    tone.start(now + index * 0.35);
    tone.stop(now + index * 0.35 + 0.6);
  });
}

const OPEN = new Set(['WAITING', 'CALLED', 'IN_SERVICE']);

function render() {
  const called = [...tickets.values()].filter((ticket) => ticket.state === 'CALLED')
    .sort((a, b) => (b.calledAt || '').localeCompare(a.calledAt || ''));
  document.getElementById('called').replaceChildren(...called.map((ticket, index) =>
    element('li', { class: index === 0 ? 'call latest' : 'call', 'data-number': ticket.number },
      element('span', { class: 'number', dir: 'ltr' }, ticket.number),
      element('span', { class: 'arrow', 'aria-hidden': 'true' }, '→'),
      element('span', { class: 'destination' }, ticket.deskName || ''))));
  const waiting = [...tickets.values()].filter((ticket) => ticket.state === 'WAITING')
    .sort((a, b) => a.number.localeCompare(b.number));
  document.getElementById('waiting-numbers').replaceChildren(...waiting.map((ticket) => element('li', { dir: 'ltr' }, ticket.number)));
  document.getElementById('waiting-count').textContent = figures.waiting;
  document.getElementById('estimate').textContent = figures.waiting > 0
    ? `${t('approx')} ${figures.estimatedWaitMinutes} ${t('minutes')}` : '–';
}

connect(`/ws/offices/${encodeURIComponent(office)}/display`, {
  onConnection: (connected, code) => showConnection(document.getElementById('connection'), connected, code),
  onSnapshot: (snapshot) => {
    tickets.clear();
    snapshot.tickets.forEach((ticket) => tickets.set(ticket.number, ticket));
    figures = snapshot;
    render();
  },
  onEvent: (event) => {
    if (OPEN.has(event.ticket.state)) tickets.set(event.ticket.number, event.ticket);
    else tickets.delete(event.ticket.number);
    figures = event;
    render();
    if (['ticket-called', 'ticket-recalled', 'ticket-transferred'].includes(event.type)) chime();
  },
});
