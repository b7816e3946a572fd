// Reception board and desk view: issue tickets, call the next visitor, act on tickets; live over the staff stream.
import { api, connect, showConnection, t, element, texts } from './live.js';

const root = document.getElementById('board');
const office = root.dataset.office;
const tickets = new Map();
let order = [];

const ACTIONS = {
  WAITING: ['call', 'leave'],
  CALLED: ['start', 'recall', 'no-show', 'requeue', 'transfer'],
  IN_SERVICE: ['finish', 'transfer'],
};
const OPEN = new Set(Object.keys(ACTIONS));

function deskChoice() {
  return document.getElementById('desk').value;
}

function say(id, text) {
  const target = document.getElementById(id);
  if (target) target.textContent = text;
}

async function act(ticket, action) {
  try {
    const body = action === 'transfer' || action === 'call' ? { desk: deskChoice() } : undefined;
    await api('POST', `/api/tickets/${ticket.id}/${action}`, body);
  } catch (error) {
    say('desk-message', `${t('error')} ${error.message}`);
  }
}

function row(ticket) {
  const buttons = (ACTIONS[ticket.state] || []).map((action) => {
    const button = element('button', { type: 'button', 'data-action': action }, t(`action.${action}`));
    button.addEventListener('click', () => act(ticket, action));
    return button;
  });
  const flags = ticket.priority && ticket.priority !== 'NORMAL'
    ? element('span', { class: `flag ${ticket.priority.toLowerCase()}` }, t(`priority.${ticket.priority}`)) : null;
  const first = ticket.firstContact ? element('span', { class: 'flag first-contact' }, t('firstContact')) : null;
  if (root.dataset.mode === 'desk' && ticket.state === 'IN_SERVICE') {
    buttons.push(concernAdder(ticket));
    // a counsellor hands the visitor over to a partner: the form takes over concern and call name
    buttons.push(element('a', { href: `${root.dataset.base || ''}/intern/uebergabe.xhtml?ticket=${ticket.id}`, class: 'handover' },
      t('handover')));
  }
  return element('tr', { 'data-number': ticket.number, class: ticket.state.toLowerCase() },
    element('th', { scope: 'row' }, ticket.number, ' ', flags, first ? ' ' : null, first),
    element('td', {}, ticket.pseudonym || ''),
    element('td', {}, (ticket.concerns || (ticket.concern ? [ticket.concern] : []))
      .map((concern) => t(`concern.${concern}`, concern)).join(', ')),
    element('td', {}, t(`state.${ticket.state}`)),
    element('td', {}, ticket.deskName || ''),
    element('td', { class: 'actions' }, ...buttons));
}

// the counsellor notes a further concern category of the talk (for the statistics)
function concernAdder(ticket) {
  const id = `add-concern-${ticket.id}`;
  const known = new Set(ticket.concerns || []);
  const choice = element('select', { id, 'data-add-concern': ticket.id },
    ...Object.keys(texts).filter((key) => key.startsWith('concern.') && !known.has(key.substring(8)))
      .map((key) => element('option', { value: key.substring(8) }, texts[key])));
  const add = element('button', { type: 'button', 'data-action': 'add-concern' }, t('addConcern'));
  add.addEventListener('click', async () => {
    try {
      await api('POST', `/api/tickets/${ticket.id}/concerns`, { concern: choice.value });
      say('desk-message', t('concernAdded'));
    } catch (error) {
      say('desk-message', `${t('error')} ${error.message}`);
    }
  });
  return element('span', { class: 'add-concern' },
    element('label', { for: id, class: 'visually-hidden' }, `${t('addConcern.label')} ${ticket.number}`), choice, add);
}

function render(figures) {
  const rank = (ticket) => (ticket.state === 'WAITING' ? 1 : 0);
  const position = (ticket) => { const index = order.indexOf(ticket.id); return index < 0 ? 0 : index; };
  const rows = [...tickets.values()].sort((a, b) => rank(a) - rank(b) || position(a) - position(b));
  const body = document.querySelector('#queue tbody');
  body.replaceChildren(...(rows.length ? rows.map(row)
    : [element('tr', {}, element('td', { colspan: '6' }, t('nobody')))]));
  if (figures) {
    say('queue-figures', `(${figures.waiting} · ${t('approx')} ${figures.estimatedWaitMinutes} ${t('minutes')})`);
  }
}

document.getElementById('issue')?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  try {
    const ticket = await api('POST', `/api/offices/${encodeURIComponent(office)}/tickets`, {
      concern: form.get('concern') || null,
      pseudonym: form.get('pseudonym') || null,
      priority: form.get('priority') || 'NORMAL',
      firstContact: form.get('firstContact') === 'true',
    });
    const issued = document.getElementById('issued');
    issued.replaceChildren(`${t('issued')} `, element('strong', { class: 'issued-number' }, ticket.number), ' ',
      element('a', { href: `${ticket.statusPage}?drucken`, target: '_blank', rel: 'noopener' }, t('print')));
    event.target.reset();
  } catch (error) {
    say('issued', `${t('error')} ${error.message}`);
  }
});

document.getElementById('check-in')?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const reference = new FormData(event.target).get('reference').trim();
  if (!reference) return;
  try {
    const done = await api('POST', `/api/offices/${encodeURIComponent(office)}/appointments/${encodeURIComponent(reference)}/check-in`);
    const time = new Date(done.booking.start).toLocaleTimeString(document.documentElement.lang, { hour: '2-digit', minute: '2-digit' });
    document.getElementById('checked-in').replaceChildren(`${t('checkedIn')} `,
      element('strong', { class: 'issued-number' }, done.ticket.number), ` (${t('appointmentAt')} ${time}, ${done.booking.name}) `,
      element('a', { href: `${done.ticket.statusPage}?drucken`, target: '_blank', rel: 'noopener' }, t('print')));
    event.target.reset();
  } catch (error) {
    say('checked-in', `${t('error')} ${error.message}`);
  }
});

document.getElementById('call-next').addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    const ticket = await api('POST', `/api/offices/${encodeURIComponent(office)}/desks/${encodeURIComponent(deskChoice())}/call-next`);
    say('desk-message', ticket ? `${ticket.number} → ${ticket.deskName}${ticket.pseudonym ? ` (${ticket.pseudonym})` : ''}` : t('nobody'));
  } catch (error) {
    say('desk-message', `${t('error')} ${error.message}`);
  }
});

connect(`/ws/offices/${encodeURIComponent(office)}/queue`, {
  onConnection: (connected, code) => showConnection(document.getElementById('connection'), connected, code),
  onSnapshot: (snapshot) => {
    tickets.clear();
    snapshot.tickets.forEach((ticket) => tickets.set(ticket.id, ticket));
    order = snapshot.tickets.filter((ticket) => ticket.state === 'WAITING').map((ticket) => ticket.id);
    render(snapshot);
  },
  onEvent: (event) => {
    if (OPEN.has(event.ticket.state)) tickets.set(event.ticket.id, event.ticket);
    else tickets.delete(event.ticket.id);
    order = event.order || order;
    render(event);
  },
});
