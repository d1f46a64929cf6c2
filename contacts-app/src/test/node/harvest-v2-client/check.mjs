// The public harvest-v2 client library (npm), used as its README tells its users to, against this service: only
// the base URL is changed. One line per step; the first mismatch ends the run with status 1 and says what differs.
//
//   BASE_URL=http://127.0.0.1:8080 TOKEN=<personal access token> ACCOUNT_ID=1 node check.mjs
//
// Optional: USER_AGENT.
import { createRequire } from 'node:module';
import Harvest from 'harvest-v2';

const require = createRequire(import.meta.url);
const LIBRARY = `harvest-v2 ${require('harvest-v2/package.json').version}`;
// The origin harvest-v2 writes into every resource's baseUri; the one thing this check replaces.
const HARVEST_ORIGIN = 'https://api.harvestapp.com';

const env = process.env;
const missing = ['BASE_URL', 'TOKEN', 'ACCOUNT_ID'].filter((name) => !env[name]);
if (missing.length > 0) {
  console.error(`FAIL setup: set ${missing.join(', ')} (e.g. BASE_URL=http://127.0.0.1:8080 TOKEN=<token> ACCOUNT_ID=1)`);
  process.exit(2);
}
const BASE_URL = env.BASE_URL.replace(/\/+$/, '');

class Mismatch extends Error {}

/** Fails the step unless {@code condition}, showing what was expected and what came back. */
function expect(condition, expected, actual) {
  if (!condition) {
    throw new Mismatch(`expected ${expected}, got ${JSON.stringify(actual)}`);
  }
}

let steps = 0;

/** Runs one step; prints "ok" and its detail, or "FAIL" and why, then ends the run with status 1. */
async function step(name, work) {
  try {
    const detail = await work();
    steps += 1;
    console.log(`ok   ${name}${detail ? ` - ${detail}` : ''}`);
  } catch (error) {
    const why = error instanceof Mismatch ? error.message : `${error.name}: ${error.message}`;
    console.log(`FAIL ${name}: ${why}`);
    process.exit(1);
  }
}

// Header authentication, exactly as the README shows it.
const harvest = new Harvest({
  account_ID: env.ACCOUNT_ID,
  access_token: env.TOKEN,
  user_agent: env.USER_AGENT || 'Contacts harvest-v2 check (tests@example.com)',
});

// The base URL: harvest-v2 has no option for it, but every resource object holds its URL in the public instance
// property baseUri ("https://api.harvestapp.com/v2/<resource>"); only its origin is replaced.
await step(`point ${LIBRARY} at ${BASE_URL}`, () => {
  const resources = [harvest.users, harvest.company, harvest.clients, harvest.clientContacts];
  for (const resource of resources) {
    // A later release that builds its URLs differently must fail here, not talk to the real Harvest.
    expect(resource && resource.baseUri.startsWith(`${HARVEST_ORIGIN}/v2/`), `a baseUri under ${HARVEST_ORIGIN}/v2/`,
      resource && resource.baseUri);
    resource.baseUri = BASE_URL + resource.baseUri.slice(HARVEST_ORIGIN.length);
  }
  return resources.map((resource) => resource.baseUri).join(' ');
});

await step('users.retrieve("me")', async () => {
  const me = await harvest.users.retrieve('me');
  expect(Number.isInteger(me.id) && typeof me.email === 'string', 'the caller with an id and an email', me);
  expect(me.is_active === true, 'is_active true', me.is_active);
  return `user ${me.id} ${me.email}`;
});

await step('company.retrieve()', async () => {
  const company = await harvest.company.retrieve();
  expect(typeof company.name === 'string' && company.name.length > 0, 'the company with a name', company);
  return `"${company.name}"`;
});

// Unique per run, so that the check may run again against the same account (client names are unique in one).
const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
let client;
let george;
let jane;

await step('clients.create({name})', async () => {
  const name = `harvest-v2 check ${unique}`;
  client = await harvest.clients.create({ name });
  expect(Number.isInteger(client.id), 'the created client with an id', client);
  expect(client.name === name && client.is_active === true, `name "${name}", is_active true`, client);
  return `client ${client.id}`;
});

await step('clients.retrieve(id)', async () => {
  const read = await harvest.clients.retrieve(client.id);
  expect(read.id === client.id && read.name === client.name, `client ${client.id} "${client.name}"`, read);
});

await step('clients.listBy({is_active: true})', async () => {
  const page = await harvest.clients.listBy({ is_active: true, per_page: 2000 });
  expect(Array.isArray(page.clients), 'a page with a clients array', page);
  expect(page.clients.some((entry) => entry.id === client.id), `client ${client.id} in the list`,
    page.clients.map((entry) => entry.id));
  return `${page.total_entries} active`;
});

await step('clientContacts.create({client_id, first_name}), no last name', async () => {
  george = await harvest.clientContacts.create({ client_id: client.id, first_name: 'George' });
  expect(Number.isInteger(george.id), 'the created contact with an id', george);
  expect(george.first_name === 'George' && george.last_name === null, 'first_name "George", last_name null',
    george);
  expect(george.client && george.client.id === client.id && george.client.name === client.name,
    `client {id: ${client.id}, name: "${client.name}"}`, george.client);
  return `contact ${george.id}`;
});

await step('clientContacts.create({client_id, first_name, last_name, email})', async () => {
  jane = await harvest.clientContacts.create({
    client_id: client.id, first_name: 'Jane', last_name: 'Doe', email: 'janedoe@example.com',
  });
  expect(Number.isInteger(jane.id), 'the created contact with an id', jane);
  expect(jane.first_name === 'Jane' && jane.last_name === 'Doe' && jane.email === 'janedoe@example.com',
    'Jane Doe <janedoe@example.com>', jane);
  return `contact ${jane.id}`;
});

await step('clientContacts.listBy({client_id}), newest first', async () => {
  const page = await harvest.clientContacts.listBy({ client_id: client.id, per_page: 100 });
  const ids = (page.contacts || []).map((entry) => entry.id);
  expect(JSON.stringify(ids) === JSON.stringify([jane.id, george.id]), `ids [${jane.id}, ${george.id}]`, ids);
  expect(page.total_entries === 2 && page.page === 1 && page.next_page === null,
    'total_entries 2, page 1, next_page null', { ...page, contacts: undefined });
  return `[${ids}]`;
});

await step('clientContacts.listBy({client_id, per_page: 1, page}), by number', async () => {
  const first = await harvest.clientContacts.listBy({ client_id: client.id, per_page: 1 });
  const second = await harvest.clientContacts.listBy({ client_id: client.id, per_page: 1, page: first.next_page });
  const ids = [...first.contacts, ...second.contacts].map((entry) => entry.id);
  expect(first.total_pages === 2 && first.next_page === 2, 'total_pages 2, next_page 2',
    { ...first, contacts: undefined });
  expect(JSON.stringify(ids) === JSON.stringify([jane.id, george.id]), `ids [${jane.id}] then [${george.id}]`, ids);
  expect(second.next_page === null && second.previous_page === 1, 'the last page: next_page null, previous 1',
    { ...second, contacts: undefined });
  return `[${first.contacts[0].id}] then [${second.contacts[0].id}]`;
});

await step('clientContacts.list()', async () => {
  const page = await harvest.clientContacts.list();
  const ids = (page.contacts || []).map((entry) => entry.id);
  expect(ids.includes(jane.id) && ids.includes(george.id), `contacts ${jane.id} and ${george.id}`, ids);
  expect(ids.indexOf(jane.id) < ids.indexOf(george.id), `${jane.id} (newer) before ${george.id}`, ids);
  return `${page.total_entries} in the account`;
});

await step('clientContacts.retrieve(id)', async () => {
  const read = await harvest.clientContacts.retrieve(george.id);
  expect(JSON.stringify(read) === JSON.stringify(george), 'the contact as created', read);
});

await step('clientContacts.update(id, {last_name, title}), a PATCH', async () => {
  const updated = await harvest.clientContacts.update(george.id, { last_name: 'Frank', title: 'Owner' });
  expect(updated.id === george.id && updated.last_name === 'Frank' && updated.title === 'Owner',
    'last_name "Frank", title "Owner"', updated);
  // PATCH is partial: what was not sent keeps its value.
  expect(updated.first_name === 'George' && updated.client.id === client.id, 'first_name and client kept', updated);
  const read = await harvest.clientContacts.retrieve(george.id);
  expect(JSON.stringify(read) === JSON.stringify(updated), 'a read equal to the PATCH answer', read);
  return `${updated.first_name} ${updated.last_name}, ${updated.title}`;
});

await step('clients.delete(id) while it has contacts, refused', async () => {
  // harvest-v2 resolves with the error body (it does not look at the status): Harvest's {"message": "..."}.
  const refusal = await harvest.clients.delete(client.id);
  expect(typeof refusal.message === 'string' && refusal.message.includes('not removable'),
    'a {message} saying the client is not removable', refusal);
  const read = await harvest.clients.retrieve(client.id);
  expect(read.id === client.id, `client ${client.id} still there`, read);
  return refusal.message;
});

/**
 * Deletes through the library and confirms with a read. Harvest answers a DELETE with 200 and the deleted record
 * as JSON, which harvest-v2 parses (res.json()): an empty body would reject the library's promise.
 */
async function remove(resource, id) {
  const answer = await resource.delete(id);
  expect(answer.id === id, `the deleted record ${id}`, answer);
  const gone = await resource.retrieve(id);
  expect(gone.status === 404 && gone.error === 'Not Found', '{"status":404,"error":"Not Found"} on a read after',
    gone);
  return 'gone (answered with the deleted record)';
}

await step('clientContacts.delete(id)', () => remove(harvest.clientContacts, george.id));
await step('clientContacts.delete(id), the other one', () => remove(harvest.clientContacts, jane.id));
await step('clients.delete(id)', () => remove(harvest.clients, client.id));

console.log(`${LIBRARY} against ${BASE_URL}: all ${steps} steps ok`);
