// The visitor's own ticket: live place in line and a clear "It is your turn: Room 2" the moment they are called.
import { connect, t } from './live.js';

const root = document.getElementById('ticket');
const token = root.dataset.token;

function show(ticket) {
  document.getElementById('ticket-state').textContent = t(`ticket.state.${ticket.state}`, ticket.state);
  const turn = document.getElementById('turn');
  turn.hidden = ticket.state !== 'CALLED';
  document.getElementById('turn-desk').textContent = ticket.deskName || '';
  const waiting = ticket.position !== undefined && ticket.position !== null;
  document.getElementById('ticket-position').textContent = waiting ? ticket.position - 1 : '–';
  document.getElementById('ticket-estimate').textContent = waiting
    ? `${ticket.estimatedWaitMinutes} ${t('ticket.minutes')}` : '–';
  if (ticket.state === 'CALLED' && navigator.vibrate) navigator.vibrate([300, 150, 300]);
}

if (!root.classList.contains('print')) {
  connect(`/ws/tickets/${encodeURIComponent(token)}`, { onEvent: (message) => show(message.ticket) });
} else {
  document.getElementById('print')?.addEventListener('click', () => window.print());
}
