// SPDX-License-Identifier: MIT
// Dredd hooks for the Ops API contract test (tests/contract/run-dredd).
//
// Dredd turns every response documented in docs/openapi.yaml into one
// transaction and sends the documented example request. These hooks make
// each transaction mean what its status code says:
//   - they add the bearer token of the role the operation needs
//     (x-breakwater-role in the yaml), or a lower one for 403, none for 401;
//   - they create what a transaction needs first (dead letters through
//     /sim/v1/deadletters/generate, sync jobs, breaker states) and put real
//     names and ids into the path;
//   - they provoke every documented error (malformed JSON, unknown names,
//     conflicting states, oversized bodies, invalid edited payloads);
//   - they replace dredd's own body check (for OpenAPI 3 it only compares
//     keys with the example) by the real schema from the yaml, converted to
//     JSON Schema, with undocumented fields rejected;
//   - after each transaction they check what the status promises: the
//     action happened (state, reason, actor), or a rejected request changed
//     nothing, or an unknown name was not created.
// The events transaction also opens real WebSockets (hello, replay after
// `since`, live events, resync), which dredd cannot express itself.
//
// No transaction is skipped. A transaction this file does not know fails,
// so that a response added to the yaml gets a case here.
'use strict';

const hooks = require('hooks');
const crypto = require('crypto');
const fs = require('fs');
const net = require('net');
const path = require('path');

const sourceDir = process.env.BREAKWATER_SOURCE_DIR || path.resolve(__dirname, '../..');
const toolModule = (name) => require(path.join(sourceDir, 'tools', 'node_modules', name));
const yaml = toolModule('js-yaml');
const Ajv = toolModule('ajv');

const spec = yaml.safeLoad(fs.readFileSync(path.join(sourceDir, 'docs', 'openapi.yaml'), 'utf8'));

const tokens = {
  viewer: process.env.BW_VIEWER_TOKEN,
  operator: process.env.BW_OPERATOR_TOKEN,
  admin: process.env.BW_ADMIN_TOKEN,
};
const lowerRole = { operator: 'viewer', admin: 'operator' };
const REASON = 'contract test';

// The quiet scenario's integrations and breakers (resources/scenarios/*.json).
const INTEGRATIONS = ['cms-content-api', 'erp-order-export', 'marketplace-catalog', 'marketplace-orders',
  'offline-client-queue', 'payments-webhooks'];
const BREAKERS = ['cms-content-api', 'erp-order-export', 'marketplace-orders', 'payments-webhooks'];
const ACTION_BREAKER = 'payments-webhooks'; // the yaml's example name
const LETTER_SOURCE = 'offline-client-queue';
const FAILING_SYNC_INTEGRATION = 'cms-content-api';
const SLOW_SYNC_INTEGRATION = 'marketplace-catalog';

// ---------------------------------------------------------------- schemas

/** OpenAPI 3.0 schema -> JSON Schema draft-07. strict: objects with properties reject other keys. */
function toJsonSchema(node, strict) {
  if (Array.isArray(node))
    return node.map((n) => toJsonSchema(n, strict));
  if (!node || typeof node !== 'object')
    return node;
  if (node.$ref)
    return { $ref: node.$ref.replace('#/components/schemas/', '#/definitions/') };
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-'))
      continue;
    switch (key) {
    case 'nullable': case 'example': case 'description': case 'default':
    case 'readOnly': case 'writeOnly': case 'deprecated': case 'exclusiveMinimum': case 'exclusiveMaximum':
      break;
    case 'format':
      if (value === 'date-time') // int64, int32, double: not JSON Schema formats
        out.format = value;
      break;
    case 'properties':
      out.properties = {};
      for (const [name, schema] of Object.entries(value))
        out.properties[name] = toJsonSchema(schema, strict);
      break;
    case 'items': case 'additionalProperties': case 'not':
    case 'oneOf': case 'anyOf': case 'allOf':
      out[key] = toJsonSchema(value, strict);
      break;
    default:
      out[key] = value;
    }
  }
  if (node.exclusiveMinimum === true) {
    out.exclusiveMinimum = node.minimum;
    delete out.minimum;
  }
  if (node.exclusiveMaximum === true) {
    out.exclusiveMaximum = node.maximum;
    delete out.maximum;
  }
  if (node.nullable) {
    if (out.type)
      out.type = [out.type, 'null'];
    if (out.enum)
      out.enum = [...out.enum, null];
    if (out.oneOf)
      out.oneOf = [...out.oneOf, { type: 'null' }];
  }
  if (strict && out.properties && out.additionalProperties === undefined)
    out.additionalProperties = false;
  return out;
}

const definitions = {};
for (const [name, schema] of Object.entries(spec.components.schemas))
  definitions[name] = toJsonSchema(schema, true);

function rootSchema(schema) {
  return { $schema: 'http://json-schema.org/draft-07/schema#', definitions, allOf: [toJsonSchema(schema, true)] };
}

const ajv = new Ajv({ allErrors: true, jsonPointers: true });
const compiled = new Map();

/** Validates a value against an OpenAPI schema; null, or what is wrong, with JSON pointers. */
function schemaProblems(schema, value, label) {
  if (!compiled.has(schema))
    compiled.set(schema, ajv.compile(rootSchema(schema)));
  const validate = compiled.get(schema);
  if (validate(value))
    return null;
  const seen = new Set();
  for (const e of validate.errors) {
    if (e.keyword === 'allOf' || e.keyword === 'oneOf')
      continue; // the branch errors say more
    let text = `${e.dataPath || '/'} ${e.message}`;
    if (e.keyword === 'additionalProperties')
      text = `${e.dataPath || '/'} has the undocumented field "${e.params.additionalProperty}"`;
    seen.add(text);
  }
  return `${label}: ${[...seen].join(', ')}`;
}
const namedSchemas = {};
function validateNamed(name, value) {
  namedSchemas[name] = namedSchemas[name] || { $ref: `#/components/schemas/${name}` };
  return schemaProblems(namedSchemas[name], value, name);
}

function deref(node) {
  let n = node;
  while (n && n.$ref) {
    const parts = n.$ref.replace('#/', '').split('/');
    n = parts.reduce((o, p) => o[p], spec);
  }
  return n;
}

// ---------------------------------------------------------------- operations

/** "METHOD /path/{template}" -> { id, role, op } from the yaml. */
const operations = {};
let documentedResponses = 0;
for (const [p, item] of Object.entries(spec.paths)) {
  for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
    const op = item[method];
    if (!op)
      continue;
    operations[`${method.toUpperCase()} ${p}`] = {
      id: op.operationId,
      role: op['x-breakwater-role'],
      op,
      path: p,
      params: [...(item.parameters || []), ...(op.parameters || [])].map(deref),
    };
    documentedResponses += Object.keys(op.responses).length;
  }
}

function operationOf(t) {
  const template = (t.origin && t.origin.resourceName) || t.name.split(' > ')[0];
  return operations[`${t.request.method} ${template}`];
}

function statusOf(t) {
  return String(t.expected.statusCode);
}

function responseSchema(t) {
  const o = operationOf(t);
  const response = deref(o.op.responses[statusOf(t)]);
  const content = response.content || {};
  const mediaType = Object.keys(content)[0];
  return mediaType && mediaType.includes('json') ? content[mediaType].schema : null;
}

// ---------------------------------------------------------------- HTTP helpers

let base = '';
let hostName = '127.0.0.1';
let port = 0;

async function api(method, p, { role = 'admin', body, headers = {} } = {}) {
  const h = { ...headers };
  if (role)
    h.Authorization = `Bearer ${tokens[role]}`;
  let data;
  if (body !== undefined) {
    data = typeof body === 'string' ? body : JSON.stringify(body);
    h['Content-Type'] = 'application/json';
  }
  const res = await fetch(base + p, { method, headers: h, body: data, redirect: 'manual' });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

async function must(status, method, p, options) {
  const r = await api(method, p, options);
  if (r.status !== status)
    throw new Error(`fixture: ${method} ${p} answered ${r.status}, wanted ${status}: ${r.text.slice(0, 300)}`);
  return r.json;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function poll(what, fn, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value)
      return value;
    if (Date.now() > deadline)
      throw new Error(`fixture: timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(200);
  }
}

function setUri(t, uri) {
  t.request.uri = uri;
  t.fullPath = uri;
}
function pathOf(t) {
  return t.request.uri.split('?')[0];
}
function queryOf(t) {
  return new URLSearchParams(t.request.uri.includes('?') ? t.request.uri.slice(t.request.uri.indexOf('?') + 1) : '');
}
function setPathParam(t, value) {
  const o = operationOf(t);
  const q = t.request.uri.includes('?') ? t.request.uri.slice(t.request.uri.indexOf('?')) : '';
  setUri(t, o.path.replace(/\{[^}]+\}/, encodeURIComponent(String(value))) + q);
}
/** A query string with spaces as %20; the '+' spelling is checked once, on its own. */
function qs(params) {
  return Object.entries(params).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}
function setQuery(t, params) {
  const q = qs(params);
  setUri(t, pathOf(t) + (q ? `?${q}` : ''));
}
function setBody(t, body) {
  t.request.body = typeof body === 'string' ? body : JSON.stringify(body);
}
function check(condition, message) {
  if (!condition)
    throw new Error(message);
}

// ---------------------------------------------------------------- fixtures

const fx = {
  letters: [],       // active dead-letter ids nobody else uses
  resolved: [],      // ids delivered by a retry
  operatorTokenId: null,
  viewerTokenId: null,
  jobs: [],          // every job we started, cancelled at the end
  operations: [],    // every bulk operation we started, cancelled after its transaction
  faults: {},        // integration -> profile as the server had it
};

function takeLetter() {
  check(fx.letters.length > 0, 'fixture: no unused dead letters left; generate more in beforeAll');
  return fx.letters.shift();
}

async function generateLetters(count) {
  const r = await must(201, 'POST', '/sim/v1/deadletters/generate', {
    body: {
      count,
      source: LETTER_SOURCE,
      payload: '{"device": "ios-{n}", "action": "cart.add", "cart": "cart {n}", "quantity": 1}',
      headers: [{ name: 'content-type', value: 'application/json' }],
      errorClass: 'ConflictError',
      message: 'action 7781 conflicts with version 12 of cart 4410',
    },
  });
  for (let id = r.firstId; id <= r.lastId; ++id)
    fx.letters.push(id);
}

async function setErrorRate(integration, errorRate) {
  const profile = { ...fx.faults[integration], errorRate };
  await must(200, 'POST', '/sim/v1/faults', { body: profile });
}

async function startJob(body) {
  const job = await must(201, 'POST', '/ops/v1/syncs', { role: 'operator', body: { reason: REASON, ...body } });
  fx.jobs.push(job.id);
  return job;
}

async function getJob(id) {
  return must(200, 'GET', `/ops/v1/syncs/${encodeURIComponent(id)}`, { role: 'viewer' });
}

/** A job that will not finish during the test: 10 million items at 1 per second. */
async function slowJob(wanted = 'running') {
  const job = await startJob({ integration: SLOW_SYNC_INTEGRATION, name: 'contract test slow job', total: 10000000,
    pageSize: 100, itemsPerSecond: 1 });
  if (wanted === 'running')
    return poll(`${job.id} to run`, async () => { const j = await getJob(job.id); return j.state === 'running' && j; }, 10000);
  return job;
}

async function jobAction(id, action) {
  return must(200, 'POST', `/ops/v1/syncs/${encodeURIComponent(id)}/${action}`, { role: 'operator', body: { reason: REASON } });
}

async function cancelledJob() {
  const job = await slowJob('any');
  return jobAction(job.id, 'cancel');
}

let failedJobPromise = null;
/** A finished job with failed items: a few items against an integration that fails every call. */
function finishedJobWithFailures() {
  if (!failedJobPromise) {
    failedJobPromise = (async () => {
      await setErrorRate(FAILING_SYNC_INTEGRATION, 1);
      try {
        const job = await startJob({ integration: FAILING_SYNC_INTEGRATION, name: 'contract test failing job',
          total: 4, pageSize: 2, itemsPerSecond: 100 });
        const done = await poll(`${job.id} to finish`, async () => {
          const j = await getJob(job.id);
          return ['succeeded', 'failed', 'cancelled'].includes(j.state) && j;
        }, 120000);
        check(done.failed > 0, `fixture: ${job.id} finished with no failed items against errorRate 1: ${JSON.stringify(done)}`);
        return done;
      } finally {
        await setErrorRate(FAILING_SYNC_INTEGRATION, 0);
      }
    })();
  }
  return failedJobPromise;
}

async function breakerState(name) {
  return (await must(200, 'GET', `/ops/v1/breakers/${name}`, { role: 'viewer' })).state;
}

/** Puts a breaker into CLOSED, FORCED_OPEN or DISABLED through the API. */
async function ensureBreaker(name, state) {
  const now = await breakerState(name);
  if (now === state)
    return;
  const action = { CLOSED: 'reset', FORCED_OPEN: 'force-open', DISABLED: 'disable' }[state];
  await must(200, 'POST', `/ops/v1/breakers/${name}/${action}`, { role: 'operator', body: { reason: 'contract test fixture' } });
}

// ------------------------------------------------------- "a rejected request changes nothing"

/** What must not change when this operation is rejected; null when nothing can. */
async function snapshotFor(t) {
  const o = operationOf(t);
  const p = pathOf(t);
  switch (o.id) {
  case 'resetBreaker': case 'forceOpenBreaker': case 'disableBreaker': case 'releaseBreaker': {
    const r = await api('GET', `/ops/v1/breakers/${ACTION_BREAKER}`, { role: 'viewer' });
    return JSON.stringify([r.json.state, r.json.transitions.length]);
  }
  case 'cancelSync': case 'pauseSync': case 'resumeSync': case 'retryFailedSync': {
    const id = decodeURIComponent(p.split('/')[4]);
    const r = await api('GET', `/ops/v1/syncs/${encodeURIComponent(id)}`, { role: 'viewer' });
    const syncs = await api('GET', '/ops/v1/syncs', { role: 'viewer' });
    return JSON.stringify([r.status, r.json && r.json.state, syncs.json.items.length]);
  }
  case 'startSync': {
    const syncs = await api('GET', '/ops/v1/syncs', { role: 'viewer' });
    return JSON.stringify(syncs.json.items.map((j) => j.id));
  }
  case 'retryDeadLetter': case 'deleteDeadLetter': {
    const r = await api('GET', p.replace(/\/retry$/, ''), { role: 'viewer' });
    return r.text;
  }
  case 'generateDeadLetters': {
    const r = await api('GET', '/ops/v1/deadletters?limit=1', { role: 'viewer' });
    const groups = await api('GET', '/ops/v1/deadletters/groups', { role: 'viewer' });
    return JSON.stringify([r.json.items.map((l) => l.id), groups.json.items.map((g) => [g.fingerprint, g.count])]);
  }
  case 'setFaults': {
    const r = await api('GET', '/sim/v1/faults', { role: 'admin' });
    return r.text;
  }
  case 'startOperation': {
    const ops = await api('GET', '/ops/v1/operations', { role: 'viewer' });
    return JSON.stringify(ops.json.items.map((op) => op.id));
  }
  case 'pauseOperation': case 'resumeOperation': case 'cancelOperation': {
    const r = await api('GET', p.replace(/\/(pause|resume|cancel)$/, ''), { role: 'viewer' });
    return JSON.stringify([r.status, r.json && r.json.state]);
  }
  default:
    return null;
  }
}

// ---------------------------------------------------------------- the WebSocket check

/** A minimal RFC 6455 client: enough to read the event stream. */
function wsOpen(pathAndQuery, token) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, hostName);
    const key = crypto.randomBytes(16).toString('base64');
    let buffer = Buffer.alloc(0);
    let open = false;
    let fragments = [];
    const messages = [];
    const waiters = [];
    let closed = false;

    const deliver = (m) => {
      if (waiters.length)
        waiters.shift()(m);
      else
        messages.push(m);
    };
    const send = (opcode, payload = Buffer.alloc(0)) => {
      const mask = crypto.randomBytes(4);
      const masked = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]));
      socket.write(Buffer.concat([Buffer.from([0x80 | opcode, 0x80 | payload.length]), mask, masked]));
    };
    const client = {
      next(timeoutMs = 5000) {
        if (messages.length)
          return Promise.resolve(messages.shift());
        if (closed)
          return Promise.resolve(null);
        return new Promise((res) => {
          const timer = setTimeout(() => {
            const i = waiters.indexOf(done);
            if (i >= 0)
              waiters.splice(i, 1);
            res(undefined);
          }, timeoutMs);
          const done = (m) => { clearTimeout(timer); res(m); };
          waiters.push(done);
        });
      },
      close() {
        if (!closed)
          send(0x8, Buffer.from([0x03, 0xe8]));
        socket.end();
        closed = true;
      },
    };

    const parseFrames = () => {
      while (buffer.length >= 2) {
        const fin = buffer[0] & 0x80;
        const opcode = buffer[0] & 0x0f;
        const masked = buffer[1] & 0x80;
        let length = buffer[1] & 0x7f;
        let offset = 2;
        if (length === 126) {
          if (buffer.length < 4) return;
          length = buffer.readUInt16BE(2);
          offset = 4;
        } else if (length === 127) {
          if (buffer.length < 10) return;
          length = Number(buffer.readBigUInt64BE(2));
          offset = 10;
        }
        const maskKey = masked ? buffer.slice(offset, offset + 4) : null;
        if (masked) offset += 4;
        if (buffer.length < offset + length) return;
        let payload = buffer.slice(offset, offset + length);
        buffer = buffer.slice(offset + length);
        if (maskKey)
          payload = Buffer.from(payload.map((b, i) => b ^ maskKey[i % 4]));
        if (opcode === 0x9) {
          send(0xa, payload);
        } else if (opcode === 0x8) {
          closed = true;
          deliver(null);
        } else if (opcode === 0x1 || opcode === 0x0) {
          fragments.push(payload);
          if (fin) {
            const text = Buffer.concat(fragments).toString('utf8');
            fragments = [];
            let json;
            try {
              json = JSON.parse(text);
            } catch (e) {
              json = { unparsable: text };
            }
            deliver(json);
          }
        }
      }
    };

    socket.on('connect', () => {
      const auth = token ? `Authorization: Bearer ${token}\r\n` : '';
      socket.write(`GET ${pathAndQuery} HTTP/1.1\r\nHost: ${hostName}:${port}\r\nUpgrade: websocket\r\n`
                   + `Connection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n${auth}\r\n`);
    });
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (!open) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0)
          return;
        const head = buffer.slice(0, end).toString();
        buffer = buffer.slice(end + 4);
        const statusLine = head.split('\r\n')[0];
        if (!/^HTTP\/1\.1 101 /.test(statusLine)) {
          socket.destroy();
          reject(Object.assign(new Error(`WebSocket upgrade refused: ${statusLine}`), { statusLine }));
          return;
        }
        const accept = crypto.createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
        if (!head.toLowerCase().includes(`sec-websocket-accept: ${accept.toLowerCase()}`)) {
          socket.destroy();
          reject(new Error('WebSocket upgrade without the right Sec-WebSocket-Accept'));
          return;
        }
        open = true;
        resolve(client);
      }
      parseFrames();
    });
    socket.on('error', (e) => { if (!open) reject(e); closed = true; deliver(null); });
    socket.on('close', () => { closed = true; while (waiters.length) waiters.shift()(null); });
    setTimeout(() => { if (!open) { socket.destroy(); reject(new Error('WebSocket upgrade timed out')); } }, 5000);
  });
}

const eventDataSchema = {
  hello: 'StreamPosition', resync: 'StreamPosition', 'breaker.transition': 'Breaker', 'sync.updated': 'SyncJob',
  'sync.milestone': 'SyncMilestone', 'deadletter.created': 'DeadLetterSummary',
  'deadletter.retried': 'DeadLetterRetried', 'deadletter.deleted': 'DeadLetterDeleted',
  'deadletters.generated': 'DeadLettersGenerated', 'faults.changed': 'FaultProfile',
  'operation.created': 'Operation', 'operation.progress': 'Operation', 'operation.finished': 'Operation',
};

function eventProblems(e) {
  if (!e)
    return ['the stream ended or went silent'];
  const problems = [];
  const envelope = validateNamed('OpsEvent', e);
  if (envelope)
    problems.push(envelope);
  const dataSchema = eventDataSchema[e.type];
  if (dataSchema && e.data) {
    const d = validateNamed(dataSchema, e.data);
    if (d)
      problems.push(`${e.type} data: ${d}`);
  }
  return problems;
}

async function checkEventStream() {
  const failures = [];
  const fail = (m) => failures.push(m);

  // 1. hello, then the whole retained history after since=0, in order.
  const ws = await wsOpen('/ops/v1/events?since=0', tokens.viewer);
  const hello = await ws.next();
  eventProblems(hello).forEach((p) => fail(`hello: ${p}`));
  if (!hello || hello.type !== 'hello')
    throw new Error(`the first message was not hello: ${JSON.stringify(hello)}`);
  const lastSeq = hello.data.lastSeq;
  if (hello.seq !== lastSeq)
    fail(`hello.seq ${hello.seq} != data.lastSeq ${lastSeq}`);
  if (lastSeq < 1)
    fail(`lastSeq is ${lastSeq} although the fixtures made events`);
  if (hello.data.firstRetainedSeq <= 1) {
    let expected = 1;
    while (expected <= lastSeq) {
      const e = await ws.next();
      const problems = eventProblems(e);
      if (problems.length) {
        fail(`replayed event ${expected}: ${problems.join('; ')}`);
        if (!e) break;
      }
      if (e.seq !== expected) {
        fail(`replay: wanted seq ${expected}, got ${e.seq} (${e.type})`);
        break;
      }
      ++expected;
    }
  } else {
    const e = await ws.next();
    if (!e || e.type !== 'resync')
      fail(`since=0 with firstRetainedSeq ${hello.data.firstRetainedSeq} should answer resync, got ${JSON.stringify(e)}`);
  }

  // 2. Live: an action shows up as the next events, seq still +1.
  await ensureBreaker('marketplace-orders', 'CLOSED');
  await must(200, 'POST', '/ops/v1/breakers/marketplace-orders/force-open', { role: 'operator', body: { reason: REASON } });
  let live = null;
  for (let i = 0; i < 10000 && !live; ++i) {
    const e = await ws.next();
    eventProblems(e).forEach((p) => fail(`live event: ${p}`));
    if (!e) break;
    if (e.type === 'breaker.transition' && e.data.name === 'marketplace-orders')
      live = e;
  }
  if (!live)
    fail('no breaker.transition event after force-open');
  else if (live.data.state !== 'FORCED_OPEN')
    fail(`breaker.transition data.state is ${live.data.state}, wanted FORCED_OPEN`);
  ws.close();
  await must(200, 'POST', '/ops/v1/breakers/marketplace-orders/release', { role: 'operator', body: { reason: REASON } });

  // 3. Resume: since = N - 2 replays exactly N - 1 and N first.
  const pos = await wsOpen('/ops/v1/events', tokens.viewer);
  const hello2 = await pos.next();
  pos.close();
  const n = hello2 && hello2.data && hello2.data.lastSeq;
  if (!(n > 2)) {
    fail(`a second hello has lastSeq ${n}`);
  } else {
    const resumed = await wsOpen(`/ops/v1/events?since=${n - 2}`, tokens.viewer);
    const h = await resumed.next();
    if (!h || h.type !== 'hello')
      fail(`resume: first message ${JSON.stringify(h)}`);
    const a = await resumed.next();
    const b = await resumed.next();
    if (!a || !b || a.seq !== n - 1 || b.seq !== n)
      fail(`resume with since=${n - 2}: wanted seq ${n - 1} and ${n}, got ${a && a.seq} and ${b && b.seq}`);
    resumed.close();
  }

  // 4. A gap that cannot be filled: a since from the future.
  const future = await wsOpen(`/ops/v1/events?since=${(n || lastSeq) + 1000000}`, tokens.viewer);
  const h3 = await future.next();
  const r3 = await future.next();
  eventProblems(r3).forEach((p) => fail(`resync: ${p}`));
  if (!h3 || h3.type !== 'hello' || !r3 || r3.type !== 'resync')
    fail(`since beyond lastSeq should answer hello then resync, got ${JSON.stringify(h3)} then ${JSON.stringify(r3)}`);
  future.close();

  console.log(`hooks: event stream: hello at seq ${lastSeq}, replayed from 1, live breaker.transition seq ${live && live.seq}, `
              + `resumed at ${n - 2}, resync for a future since`);

  // 5. The upgrade needs a token too.
  try {
    const anonymous = await wsOpen('/ops/v1/events', null);
    anonymous.close();
    fail('a WebSocket upgrade without a token was accepted');
  } catch (e) {
    if (!/ 401 /.test(e.statusLine || ''))
      fail(`a WebSocket upgrade without a token: ${e.message}, wanted 401`);
  }
  return failures;
}

// ---------------------------------------------------------------- metrics

const metricFamilies = {
  bw_upstream_requests_total: ['counter', ['integration', 'outcome']],
  bw_upstream_request_duration_seconds: ['histogram', ['integration']],
  bw_retries_total: ['counter', ['integration']],
  bw_deadletters: ['gauge', ['source']],
  bw_deadletters_created_total: ['counter', ['source']],
  bw_sync_processed_total: ['counter', ['job', 'integration']],
  bw_sync_progress_ratio: ['gauge', ['job']],
  resilience4j_circuitbreaker_state: ['gauge', ['name', 'state']],
  resilience4j_circuitbreaker_failure_rate: ['gauge', ['name']],
  resilience4j_circuitbreaker_slow_call_rate: ['gauge', ['name']],
};

function parseLabels(text) {
  const labels = {};
  const re = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;
  let m;
  while ((m = re.exec(text)))
    labels[m[1]] = m[2];
  return labels;
}

async function checkMetrics(body) {
  const failures = [];
  const types = {};
  const samples = [];
  for (const line of body.split('\n')) {
    if (line.startsWith('# TYPE ')) {
      const [, , name, type] = line.split(' ');
      types[name] = type;
    } else if (line && !line.startsWith('#')) {
      const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)/.exec(line);
      if (!m) {
        failures.push(`unparsable line: ${line}`);
        continue;
      }
      samples.push({ name: m[1], labels: parseLabels(m[3] || ''), value: Number(m[4]) });
    }
  }
  for (const [name, [type]] of Object.entries(metricFamilies)) {
    if (types[name] && types[name] !== type)
      failures.push(`${name} is a ${types[name]}, documented as a ${type}`);
  }
  for (const s of samples) {
    if (!/^(bw_|resilience4j_)/.test(s.name))
      continue;
    let family = s.name;
    let extra = [];
    if (!metricFamilies[family]) {
      const h = /^(.*)_(bucket|sum|count)$/.exec(s.name);
      if (h && metricFamilies[h[1]] && metricFamilies[h[1]][0] === 'histogram') {
        family = h[1];
        extra = h[2] === 'bucket' ? ['le'] : [];
      }
    }
    if (!metricFamilies[family]) {
      failures.push(`undocumented metric ${s.name}`);
      continue;
    }
    const want = [...metricFamilies[family][1], ...extra].sort().join(',');
    const got = Object.keys(s.labels).sort().join(',');
    if (want !== got)
      failures.push(`${s.name} has labels {${got}}, documented {${want}}`);
  }
  const breakers = (await must(200, 'GET', '/ops/v1/breakers', { role: 'viewer' })).items;
  const states = ['closed', 'open', 'half_open', 'forced_open', 'disabled'];
  for (const b of breakers) {
    for (const st of states) {
      const s = samples.find((x) => x.name === 'resilience4j_circuitbreaker_state' && x.labels.name === b.name
                           && x.labels.state === st);
      const want = st === b.state.toLowerCase() ? 1 : 0;
      if (!s)
        failures.push(`no resilience4j_circuitbreaker_state{name="${b.name}",state="${st}"}`);
      else if (s.value !== want)
        failures.push(`resilience4j_circuitbreaker_state{name="${b.name}",state="${st}"} is ${s.value}, wanted ${want} (breaker is ${b.state})`);
    }
    const rate = samples.find((x) => x.name === 'resilience4j_circuitbreaker_failure_rate' && x.labels.name === b.name);
    if (!rate)
      failures.push(`no resilience4j_circuitbreaker_failure_rate{name="${b.name}"}`);
    else if (rate.value !== b.failureRate)
      failures.push(`resilience4j_circuitbreaker_failure_rate{name="${b.name}"} is ${rate.value}, the API says ${b.failureRate}`);
  }
  const groups = await must(200, 'GET', `/ops/v1/deadletters/groups?q=${encodeURIComponent(`source:${LETTER_SOURCE}`)}`,
    { role: 'viewer' });
  const active = groups.items.reduce((sum, g) => sum + g.count, 0);
  const depth = samples.find((x) => x.name === 'bw_deadletters' && x.labels.source === LETTER_SOURCE);
  if (!depth)
    failures.push(`no bw_deadletters{source="${LETTER_SOURCE}"}`);
  else if (depth.value !== active)
    failures.push(`bw_deadletters{source="${LETTER_SOURCE}"} is ${depth.value}, the API counts ${active} active letters`);
  return failures;
}

// ---------------------------------------------------------------- per-transaction cases

/**
 * `operationId status` -> { before(t), after(t, res) }. before() prepares the
 * request; after() throws when the response, or the server's state after it,
 * is not what the status promises. 401, 403 and 404 have generic handling
 * below and need a case only for extra setup.
 */
const cases = {};
const useLetter = async (t) => { const id = takeLetter(); setPathParam(t, id); return id; };

cases['getInfo 200'] = {
  async after(t, res) {
    const b = res.json;
    check(b.name === 'breakwater-sim', `name is ${b.name}`);
    check(b.scenario === 'quiet', `scenario is ${b.scenario}, the test runs --scenario quiet`);
    check(JSON.stringify([...b.capabilities].sort()) === JSON.stringify(['breakers', 'deadletters', 'events', 'metrics', 'operations', 'syncs']),
      `capabilities are ${b.capabilities}`);
    check(JSON.stringify([...b.integrations].sort()) === JSON.stringify(INTEGRATIONS), `integrations are ${b.integrations}`);
    check(b.identity.role === 'viewer', `identity.role is ${b.identity.role} for the viewer token`);
    check(b.identity.tokenId && !Object.values(tokens).some((tok) => b.identity.tokenId.includes(tok)),
      'identity.tokenId must not reveal the token');
    check(Math.abs(Date.parse(b.serverTime) - Date.now()) < 60000, `serverTime ${b.serverTime} is not now`);
  },
};

cases['listBreakers 200'] = {
  async after(t, res) {
    const names = res.json.items.map((b) => b.name);
    check(JSON.stringify(names) === JSON.stringify(BREAKERS), `breakers are ${names}, wanted ${BREAKERS} in name order`);
  },
};
// ---- history for reports and snapshots
cases['listBreakerTransitions 200'] = {
  async before(t) {
    // One transition of our own in the range: force-open and reset the first breaker.
    const name = BREAKERS[0];
    for (const verb of ['force-open', 'reset'])
      await must(200, 'POST', `/ops/v1/breakers/${name}/${verb}`, { role: 'operator', body: { reason: 'contract test: transitions' } });
    setQuery(t, { from: new Date(Date.now() - 3600000).toISOString(), to: new Date(Date.now() + 60000).toISOString() });
    t.bwBreaker = name;
  },
  async after(t, res) {
    const items = res.json.items;
    check(items.every((e, i) => i === 0 || Date.parse(items[i - 1].time) <= Date.parse(e.time)), 'transitions are not oldest first');
    const ours = items.filter((e) => e.breaker === t.bwBreaker && e.reason === 'contract test: transitions');
    check(ours.length >= 2, `the forced transitions of ${t.bwBreaker} are missing: ${JSON.stringify(items.slice(-4))}`);
  },
};
cases['listBreakerTransitions 400'] = { before(t) { setQuery(t, { from: 'yesterday' }); } };
cases['getMetricHistory 200'] = {
  before(t) { setQuery(t, { from: new Date(Date.now() - 3600000).toISOString(), step: '10s' }); },
  async after(t, res) {
    const h = res.json;
    check(h.stepMs === 10000, `stepMs is ${h.stepMs} for step=10s`);
    check(h.series.some((s) => s.metric === 'deadletter_depth' && s.integration === ''), 'no total deadletter_depth series');
    check(h.series.every((s) => s.points.every((p) => p[0] >= Date.parse(h.from) && p[0] < Date.parse(h.to))), 'a point outside the range');
  },
};
cases['getMetricHistory 400'] = { before(t) { setQuery(t, { step: 'soon' }); } };
// ---- end of history
cases['getBreaker 200'] = {
  async after(t, res) { check(res.json.name === ACTION_BREAKER, `name is ${res.json.name}`); },
};

function breakerActionCase(fromState, toState, cause) {
  return {
    async before() { await ensureBreaker(ACTION_BREAKER, fromState); },
    async after(t, res) {
      const b = res.json;
      check(b.state === toState, `state is ${b.state}, wanted ${toState}`);
      const last = b.transitions[b.transitions.length - 1];
      check(last && last.from === fromState && last.to === toState, `the last transition is ${JSON.stringify(last)}`);
      check(last.reason === REASON, `the transition's reason is ${last.reason}`);
      check(last.actor === `operator:${fx.operatorTokenId}`, `the transition's actor is ${last.actor}, wanted operator:${fx.operatorTokenId}`);
      check(await breakerState(ACTION_BREAKER) === toState, 'GET does not show the new state');
      void cause;
    },
  };
}
cases['resetBreaker 200'] = breakerActionCase('FORCED_OPEN', 'CLOSED');
cases['forceOpenBreaker 200'] = breakerActionCase('CLOSED', 'FORCED_OPEN');
cases['disableBreaker 200'] = breakerActionCase('CLOSED', 'DISABLED');
cases['releaseBreaker 200'] = breakerActionCase('DISABLED', 'CLOSED');
cases['resetBreaker 400'] = { before(t) { setBody(t, '{"reason": '); } };
cases['forceOpenBreaker 400'] = { before(t) { setBody(t, '{}'); } };
cases['disableBreaker 400'] = { before(t) { setBody(t, { reason: 'x'.repeat(501) }); } };
cases['releaseBreaker 400'] = { async before(t) { await ensureBreaker(ACTION_BREAKER, 'DISABLED'); setBody(t, { reason: 5 }); } };
cases['forceOpenBreaker 409'] = { async before() { await ensureBreaker(ACTION_BREAKER, 'FORCED_OPEN'); } };
cases['disableBreaker 409'] = { async before() { await ensureBreaker(ACTION_BREAKER, 'DISABLED'); } };
cases['releaseBreaker 409'] = { async before() { await ensureBreaker(ACTION_BREAKER, 'CLOSED'); } };

cases['listSyncs 200'] = {
  async before(t) { t.bwJob = await slowJob('running'); },
  async after(t, res) {
    const items = res.json.items;
    check(items.every((j) => j.state === 'running'), `state=running listed ${items.map((j) => `${j.id}:${j.state}`)}`);
    check(items.some((j) => j.id === t.bwJob.id), `the running job ${t.bwJob.id} is not listed`);
    const all = (await must(200, 'GET', '/ops/v1/syncs', { role: 'viewer' })).items;
    const created = all.map((j) => j.createdAt);
    check(created.every((c, i) => i === 0 || created[i - 1] >= c), 'jobs are not newest first');
  },
};
cases['listSyncs 400'] = { before(t) { setQuery(t, { state: 'bogus' }); } };
cases['startSync 201'] = {
  async after(t, res) {
    const j = res.json;
    fx.jobs.push(j.id);
    const location = res.headers.location || '';
    check(location === `/ops/v1/syncs/${j.id}` || location.endsWith(`/ops/v1/syncs/${j.id}`),
      `Location is "${location}", wanted /ops/v1/syncs/${j.id}`);
    const sent = JSON.parse(t.request.body);
    check(j.integration === sent.integration && j.total === sent.total && j.pageSize === sent.pageSize && j.name === sent.name,
      `the job does not reflect the request: ${JSON.stringify(j)}`);
    check(['queued', 'running'].includes(j.state), `a new job is ${j.state}`);
    await getJob(j.id);
  },
};
cases['startSync 400'] = {
  before(t) { setBody(t, { integration: 'no-such-integration', total: 10, reason: REASON }); },
};
cases['getSync 200'] = {
  async before(t) { t.bwJob = await slowJob('any'); setPathParam(t, t.bwJob.id); },
  async after(t, res) { check(res.json.id === t.bwJob.id, `id is ${res.json.id}`); },
};
function syncActionCase(prepare, wantStates) {
  return {
    async before(t) { t.bwJob = await prepare(); setPathParam(t, t.bwJob.id); },
    async after(t, res) {
      check(res.json.id === t.bwJob.id, `id is ${res.json.id}`);
      check(wantStates.includes(res.json.state), `state is ${res.json.state}, wanted ${wantStates.join(' or ')}`);
      check(wantStates.includes((await getJob(t.bwJob.id)).state), 'GET does not show the new state');
    },
  };
}
const pausedJob = async () => { const j = await slowJob('running'); return jobAction(j.id, 'pause'); };
cases['cancelSync 200'] = syncActionCase(() => slowJob('running'), ['cancelled']);
cases['pauseSync 200'] = syncActionCase(() => slowJob('running'), ['paused']);
cases['resumeSync 200'] = syncActionCase(pausedJob, ['running', 'queued']);
cases['cancelSync 409'] = syncActionCase(cancelledJob, []);
cases['pauseSync 409'] = syncActionCase(cancelledJob, []);
cases['resumeSync 409'] = syncActionCase(() => slowJob('running'), []);
cases['retryFailedSync 409'] = syncActionCase(() => slowJob('running'), []);
for (const k of ['cancelSync 409', 'pauseSync 409', 'resumeSync 409', 'retryFailedSync 409'])
  delete cases[k].after;
cases['cancelSync 400'] = { async before(t) { setPathParam(t, (await slowJob('running')).id); setBody(t, '[]'); } };
cases['pauseSync 400'] = { async before(t) { setPathParam(t, (await slowJob('running')).id); setBody(t, '{"reason": "x",'); } };
cases['resumeSync 400'] = { async before(t) { setPathParam(t, (await pausedJob()).id); setBody(t, { reason: '' }); } };
cases['retryFailedSync 400'] = { async before(t) { setPathParam(t, (await finishedJobWithFailures()).id); setBody(t, '{}'); } };
cases['retryFailedSync 201'] = {
  async before(t) { t.bwJob = await finishedJobWithFailures(); setPathParam(t, t.bwJob.id); },
  async after(t, res) {
    const j = res.json;
    fx.jobs.push(j.id);
    check(j.id !== t.bwJob.id, 'retry-failed returned the old job');
    check(j.integration === t.bwJob.integration, `the new job's integration is ${j.integration}`);
    check(j.total === t.bwJob.failed, `the new job's total is ${j.total}, the old job failed ${t.bwJob.failed}`);
    const location = res.headers.location || '';
    check(location.endsWith(`/ops/v1/syncs/${j.id}`), `Location is "${location}"`);
  },
};
// Sync operations that need a real job for 401/403 so that only the role is wrong.
for (const op of ['cancelSync', 'pauseSync', 'resumeSync', 'getSync'])
  for (const s of ['401', '403'])
    cases[`${op} ${s}`] = { async before(t) { setPathParam(t, (await slowJob('running')).id); } };
for (const s of ['401', '403'])
  cases[`retryFailedSync ${s}`] = { async before(t) { setPathParam(t, (await finishedJobWithFailures()).id); } };

async function allActive(query) {
  const ids = [];
  let cursor = null;
  for (let page = 0; page < 1000; ++page) {
    const r = await must(200, 'GET', `/ops/v1/deadletters?${qs({ ...query, limit: '7', ...(cursor ? { cursor } : {}) })}`,
      { role: 'viewer' });
    ids.push(...r.items.map((l) => l.id));
    cursor = r.nextCursor;
    if (!cursor)
      return ids;
  }
  throw new Error('more than 1000 pages');
}

cases['listDeadLetters 200'] = {
  async after(t, res) {
    const q = queryOf(t);
    const items = res.json.items;
    const limit = Number(q.get('limit'));
    check(items.length <= limit, `${items.length} items for limit ${limit}`);
    check(items.every((l) => l.source === LETTER_SOURCE && l.status === 'active'), 'items outside the filter or not active');
    check(items.every((l, i) => i === 0 || items[i - 1].id > l.id), 'items are not newest first (id descending)');
    // Walk every page with the cursor: strictly descending, no overlaps, ends with null.
    const ids = await allActive({ q: q.get('q') });
    check(ids.every((id, i) => i === 0 || ids[i - 1] > id), 'paging with the cursor repeats or reorders letters');
    check(JSON.stringify(ids.slice(0, items.length)) === JSON.stringify(items.map((l) => l.id)),
      'the first page differs between limit 7 and the tested limit');
    const groups = await must(200, 'GET', `/ops/v1/deadletters/groups?${qs({ q: q.get('q') })}`, { role: 'viewer' });
    const counted = groups.items.reduce((s, g) => s + g.count, 0);
    check(counted === ids.length, `groups count ${counted} letters, pages hold ${ids.length}`);
    // The structured parameters AND with q.
    const both = await must(200, 'GET', `/ops/v1/deadletters?source=${LETTER_SOURCE}&errorClass=ConflictError&limit=1000&q=${encodeURIComponent(`id:${ids[0]}`)}`,
      { role: 'viewer' });
    check(both.items.length === 1 && both.items[0].id === ids[0], `source=&errorClass=&q=id:${ids[0]} found ${both.items.map((l) => l.id)}`);
    const none = await must(200, 'GET', `/ops/v1/deadletters?source=payments-webhooks&q=${encodeURIComponent(`source:${LETTER_SOURCE}`)}`,
      { role: 'viewer' });
    check(none.items.length === 0, 'source= and q source: are ORed instead of ANDed');
    // Form encoding: '+' is a space, as URLSearchParams, HTML forms and many clients send it.
    const plus = await must(200, 'GET', `/ops/v1/deadletters?${new URLSearchParams({ q: q.get('q'), limit: String(limit) })}`,
      { role: 'viewer' });
    check(JSON.stringify(plus.items.map((l) => l.id)) === JSON.stringify(items.map((l) => l.id)),
      `q with '+' for spaces found ${plus.items.length} letters, with %20 ${items.length}`);
  },
};
cases['listDeadLetters 400'] = {
  before(t) { setQuery(t, { q: `source:${LETTER_SOURCE} "unterminated` }); },
  async after(t, res) {
    const position = `source:${LETTER_SOURCE} `.length + 1;
    check(res.json.detail.includes(String(position)), `the detail "${res.json.detail}" does not name position ${position}`);
    const more = [
      ['q', 'sorce:orders'], ['q', 'status:abc'], ['q', 'since:2x'], ['q', '-since:2h'], ['q', 'source:'],
      ['q', 'from:yesterday'], ['limit', '0'], ['limit', '1001'], ['limit', 'ten'], ['cursor', 'not-a-cursor'],
      ['from', 'not-a-time'],
    ];
    const wrong = [];
    for (const [k, v] of more) {
      const r = await api('GET', `/ops/v1/deadletters?${qs({ [k]: v })}`, { role: 'viewer' });
      if (r.status !== 400 || !r.headers.get('content-type').startsWith('application/problem+json'))
        wrong.push(`${k}=${v} answered ${r.status}`);
    }
    check(!wrong.length, `these should be 400 problems: ${wrong.join(', ')}`);
  },
};
cases['listDeadLetterGroups 200'] = {
  async after(t, res) {
    const items = res.json.items;
    check(items.every((g, i) => i === 0 || items[i - 1].count >= g.count), 'groups are not ordered by count descending');
    const sum = items.reduce((s, g) => s + g.count, 0);
    check(res.json.total === sum, `total is ${res.json.total}, the groups count ${sum} letters`);
    check(items.every((g) => g.source === LETTER_SOURCE), 'a group outside the filter');
  },
};
cases['listDeadLetterGroups 400'] = { before(t) { setQuery(t, { q: 'status:abc' }); } };
cases['getDeadLetter 200'] = {
  async before(t) { t.bwId = await useLetter(t); },
  async after(t, res) {
    const l = res.json;
    check(l.id === t.bwId && l.status === 'active' && l.source === LETTER_SOURCE, `got ${l.id} ${l.status} ${l.source}`);
    const payload = JSON.parse(l.payload);
    check(payload.action === 'cart.add', `the generated payload is ${l.payload}`);
    check(l.headers.some((h) => h.name === 'content-type' && h.value === 'application/json'), 'the generated header is missing');
    check(l.error.class === 'ConflictError', `error.class is ${l.error.class}`);
    check(l.editedPayload === undefined, 'a never edited letter has editedPayload');
  },
};
cases['deleteDeadLetter 200'] = {
  async before(t) { t.bwId = await useLetter(t); },
  async after(t, res) {
    check(res.json.id === t.bwId && res.json.status === 'deleted', `answered ${res.text}`);
    const again = await api('GET', `/ops/v1/deadletters/${t.bwId}`, { role: 'viewer' });
    check(again.status === 404, `GET after delete answered ${again.status}`);
    const twice = await api('DELETE', `/ops/v1/deadletters/${t.bwId}?reason=again`, { role: 'operator' });
    check(twice.status === 404, `a second delete answered ${twice.status}`);
    const listed = await must(200, 'GET', `/ops/v1/deadletters?q=id:${t.bwId}`, { role: 'viewer' });
    check(listed.items.length === 0, 'the deleted letter is still listed');
  },
};
cases['deleteDeadLetter 400'] = { async before(t) { await useLetter(t); setQuery(t, {}); } };
cases['retryDeadLetter 200'] = {
  async before(t) {
    t.bwId = await useLetter(t);
    t.bwOriginal = (await must(200, 'GET', `/ops/v1/deadletters/${t.bwId}`, { role: 'viewer' })).payload;
    t.bwLedger = await must(200, 'GET', `/sim/v1/ledger?source=${LETTER_SOURCE}`);
  },
  async after(t, res) {
    const r = res.json;
    const sent = JSON.parse(t.request.body).payload;
    check(r.outcome === 'delivered', `outcome is ${r.outcome} against an upstream with errorRate 0: ${JSON.stringify(r.error)}`);
    check(r.error === null, 'a delivered retry has an error');
    check(r.letter.status === 'resolved', `the letter is ${r.letter.status}`);
    check(r.letter.payload === t.bwOriginal, 'the original payload was not kept');
    check(r.letter.editedPayload === sent, `editedPayload is ${r.letter.editedPayload}`);
    fx.resolved.push(t.bwId);
    const listed = await must(200, 'GET', `/ops/v1/deadletters?q=id:${t.bwId}`, { role: 'viewer' });
    check(listed.items.length === 0, 'a resolved letter is still listed');
    const full = await must(200, 'GET', `/ops/v1/deadletters/${t.bwId}`, { role: 'viewer' });
    check(full.status === 'resolved', `GET shows ${full.status}`);
    const ledger = await must(200, 'GET', `/sim/v1/ledger?source=${LETTER_SOURCE}`);
    check(ledger.deliveries === t.bwLedger.deliveries + 1, `the ledger counted ${ledger.deliveries - t.bwLedger.deliveries} deliveries for one retry`);
  },
};
cases['retryDeadLetter 400'] = { async before(t) { await useLetter(t); setBody(t, '{"reason": "x", "payload": '); } };
cases['retryDeadLetter 409'] = {
  async before(t) {
    if (!fx.resolved.length) {
      const id = takeLetter();
      const r = await must(200, 'POST', `/ops/v1/deadletters/${id}/retry`, { role: 'operator', body: { reason: REASON } });
      check(r.outcome === 'delivered', 'fixture: a retry against errorRate 0 failed');
      fx.resolved.push(id);
    }
    setPathParam(t, fx.resolved[0]);
  },
};
cases['retryDeadLetter 413'] = {
  async before(t) { await useLetter(t); setBody(t, { reason: REASON, payload: JSON.stringify({ blob: 'x'.repeat(1100 * 1024) }) }); },
};
cases['retryDeadLetter 422'] = { async before(t) { await useLetter(t); setBody(t, { reason: REASON, payload: '{"device": "ios-1", ' }); } };
for (const op of ['retryDeadLetter', 'deleteDeadLetter', 'getDeadLetter'])
  for (const s of ['401', '403'])
    cases[`${op} ${s}`] = { async before(t) { await useLetter(t); } };

cases['events 426'] = {
  async after() {
    const failures = await checkEventStream();
    check(!failures.length, `WebSocket: ${failures.join('; ')}`);
  },
};

cases['getMetrics 200'] = {
  async after(t, res) {
    const failures = await checkMetrics(res.text);
    check(!failures.length, `metrics: ${failures.join('; ')}`);
  },
};

cases['listFaults 200'] = {
  async after(t, res) {
    const names = res.json.items.map((p) => p.integration).sort();
    check(JSON.stringify(names) === JSON.stringify(INTEGRATIONS), `profiles for ${names}`);
    const letters = res.json.items.find((p) => p.integration === LETTER_SOURCE);
    check(letters.errorRate === 0, `${LETTER_SOURCE} errorRate is ${letters.errorRate} after the fixture set it to 0`);
  },
};
cases['setFaults 200'] = {
  async after(t, res) {
    const sent = JSON.parse(t.request.body);
    check(res.json.integration === sent.integration && res.json.errorRate === sent.errorRate
          && res.json.errorMix.length === sent.errorMix.length, `the profile in force is ${res.text}`);
    const listed = (await must(200, 'GET', '/sim/v1/faults')).items.find((p) => p.integration === sent.integration);
    check(JSON.stringify(listed) === JSON.stringify(res.json), 'GET /sim/v1/faults differs from the answer');
    await must(200, 'POST', '/sim/v1/faults', { body: fx.faults[sent.integration] });
  },
};
cases['setFaults 400'] = {
  before(t) { setBody(t, { ...fx.faults[ACTION_BREAKER], errorRate: 1.5 }); },
};
cases['setFaults 404'] = {
  before(t) { setBody(t, { ...fx.faults[ACTION_BREAKER], integration: 'no-such-integration' }); },
  async after() {
    const names = (await must(200, 'GET', '/sim/v1/faults')).items.map((p) => p.integration);
    check(!names.includes('no-such-integration'), 'the unknown integration now has a profile');
  },
};
cases['generateDeadLetters 201'] = {
  async after(t, res) {
    const sent = JSON.parse(t.request.body);
    const r = res.json;
    check(r.count === sent.count && r.lastId - r.firstId + 1 === sent.count, `answered ${res.text}`);
    const first = await must(200, 'GET', `/ops/v1/deadletters/${r.firstId}`, { role: 'viewer' });
    check(first.source === sent.source && first.error.class === sent.errorClass && first.error.message === sent.message,
      `the first letter is ${JSON.stringify(first)}`);
    check(first.payload === sent.payload.replace(/\{n\}/g, '1'), `the first letter's payload is ${first.payload}`);
    const last = await must(200, 'GET', `/ops/v1/deadletters/${r.lastId}`, { role: 'viewer' });
    check(last.payload === sent.payload.replace(/\{n\}/g, String(sent.count)), `the last letter's payload is ${last.payload}`);
    for (let id = r.firstId; id <= r.lastId; ++id)
      fx.letters.push(id);
  },
};
cases['generateDeadLetters 400'] = { before(t) { setBody(t, { count: 0, source: LETTER_SOURCE }); } };
cases['generateDeadLetters 413'] = {
  before(t) { setBody(t, { count: 1, source: LETTER_SOURCE, payload: 'x'.repeat(1100 * 1024) }); },
};
cases['getLedger 200'] = {
  async after(t, res) {
    const l = res.json;
    check(l.source === LETTER_SOURCE, `source is ${l.source}`);
    check(l.distinctMessages <= l.deliveries, 'more distinct messages than deliveries');
    check(l.duplicates.length === 0, `duplicates ${l.duplicates} although nothing was delivered twice`);
  },
};
cases['getLedger 400'] = { before(t) { setQuery(t, {}); } };

// ---------------------------------------------------------------- bulk operations

// Letters of their own, so that operations never touch LETTER_SOURCE's counts.
const OPS_SOURCE = 'contract-ops';

async function startOperation(body) {
  const op = await must(201, 'POST', '/ops/v1/operations', { role: 'operator', body: { reason: REASON, ...body } });
  fx.operations.push(op.id);
  return op;
}
async function getOperation(id) {
  return must(200, 'GET', `/ops/v1/operations/${encodeURIComponent(id)}`, { role: 'viewer' });
}
/** An operation that will not finish during its transaction: OPS_SOURCE's letters at 1 a second. */
const slowOperation = () => startOperation({ kind: 'retry', selector: { filter: `source:${OPS_SOURCE}` }, ratePerSecond: 1 });
const pausedOperation = async () => {
  const op = await slowOperation();
  return must(200, 'POST', `/ops/v1/operations/${op.id}/pause`, { role: 'operator' });
};
const cancelledOperation = async () => {
  const op = await slowOperation();
  return must(200, 'POST', `/ops/v1/operations/${op.id}/cancel`, { role: 'operator' });
};
let finishedOperationPromise = null;
/** A finished operation: three letters of their own deleted by id. */
function finishedOperation() {
  if (!finishedOperationPromise) {
    finishedOperationPromise = (async () => {
      const g = await must(201, 'POST', '/sim/v1/deadletters/generate', { body: { count: 3, source: `${OPS_SOURCE}-done` } });
      const op = await startOperation({ kind: 'delete', selector: { ids: [g.firstId, g.firstId + 1, g.lastId] } });
      return poll(`${op.id} to finish`, async () => { const o = await getOperation(op.id); return o.state === 'succeeded' && o; }, 60000);
    })();
  }
  return finishedOperationPromise;
}

cases['listOperations 200'] = {
  async before() { await finishedOperation(); },
  async after(t, res) {
    const numbers = res.json.items.map((op) => Number(op.id.replace('op-', '')));
    check(numbers.length > 0, 'no operations listed although one finished');
    check(numbers.every((n, i) => i === 0 || numbers[i - 1] > n), `operations are not newest first: ${numbers}`);
  },
};
cases['startOperation 200'] = {
  before(t) { setBody(t, { kind: 'retry', selector: { filter: `source:${OPS_SOURCE}` }, dryRun: true, reason: REASON }); },
  async after(t, res) {
    const groups = await must(200, 'GET', `/ops/v1/deadletters/groups?q=${encodeURIComponent(`source:${OPS_SOURCE}`)}`, { role: 'viewer' });
    check(res.json.dryRun === true, `not a plan: ${res.text.slice(0, 200)}`);
    check(res.json.selected === groups.total, `the plan selects ${res.json.selected}, ${groups.total} letters are active`);
    check(res.json.bySource.length === 1 && res.json.bySource[0].key === OPS_SOURCE, `bySource is ${JSON.stringify(res.json.bySource)}`);
    check(res.json.sample.length === Math.min(20, groups.total), `${res.json.sample.length} letters in the sample`);
    const after = await must(200, 'GET', `/ops/v1/deadletters/groups?q=${encodeURIComponent(`source:${OPS_SOURCE}`)}`, { role: 'viewer' });
    check(after.total === groups.total, 'the dry run changed the letters');
  },
};
cases['startOperation 201'] = {
  async after(t, res) {
    const op = res.json;
    fx.operations.push(op.id);
    const location = res.headers.location || '';
    check(location.endsWith(`/ops/v1/operations/${op.id}`), `Location is "${location}", wanted /ops/v1/operations/${op.id}`);
    check(op.kind === 'retry' && op.reason === REASON && op.ratePerSecond === 1, `the operation does not reflect the request: ${res.text}`);
    check(op.selector.highWater > 0, `the filter was not frozen: highWater ${op.selector.highWater}`);
    check(op.actor === `operator:${fx.operatorTokenId}`, `actor is ${op.actor}`);
    check((await getOperation(op.id)).id === op.id, 'GET does not find the new operation');
  },
};
cases['startOperation 400'] = {
  before(t) { setBody(t, { kind: 'retry', selector: { filter: `source:${OPS_SOURCE}` } }); },
  async after(t, res) { check(/reason/.test(res.json.detail), `the detail "${res.json.detail}" does not ask for a reason`); },
};
cases['startOperation 409'] = {
  async before(t) {
    const body = { kind: 'retry', selector: { filter: `source:${OPS_SOURCE}` }, ratePerSecond: 1, idempotencyKey: 'contract-409' };
    await startOperation(body);
    setBody(t, { ...body, reason: 'another reason' });
  },
};
cases['getOperation 200'] = {
  async before(t) { t.bwOp = await slowOperation(); setPathParam(t, t.bwOp.id); },
  async after(t, res) { check(res.json.id === t.bwOp.id && res.json.counts.selected === t.bwOp.counts.selected, `got ${res.text.slice(0, 200)}`); },
};
cases['listOperationItems 200'] = {
  async before(t) { t.bwOp = await finishedOperation(); setPathParam(t, t.bwOp.id); setQuery(t, {}); },
  async after(t, res) {
    check(res.json.items.length === t.bwOp.counts.selected, `${res.json.items.length} items, ${t.bwOp.counts.selected} selected`);
    check(res.json.items.every((i) => i.outcome === 'succeeded' && i.source === `${OPS_SOURCE}-done`), `items: ${res.text.slice(0, 300)}`);
    check(res.json.nextCursor === null, 'a cursor after the last page');
  },
};
cases['listOperationItems 400'] = { async before(t) { setPathParam(t, (await finishedOperation()).id); setQuery(t, { outcome: 'bogus' }); } };
function operationActionCase(prepare, wantState) {
  return {
    async before(t) { t.bwOp = await prepare(); setPathParam(t, t.bwOp.id); },
    async after(t, res) {
      check(res.json.id === t.bwOp.id && res.json.state === wantState, `state is ${res.json.state}, wanted ${wantState}`);
      check((await getOperation(t.bwOp.id)).state === wantState, 'GET does not show the new state');
      if (wantState === 'cancelled') {
        const c = res.json.counts;
        check(c.pending === 0 && c.selected === c.succeeded + c.failed + c.skipped, `counts do not reconcile: ${JSON.stringify(c)}`);
      }
    },
  };
}
cases['pauseOperation 200'] = operationActionCase(slowOperation, 'paused');
cases['resumeOperation 200'] = operationActionCase(pausedOperation, 'running');
cases['cancelOperation 200'] = operationActionCase(slowOperation, 'cancelled');
cases['pauseOperation 409'] = { async before(t) { setPathParam(t, (await cancelledOperation()).id); } };
cases['resumeOperation 409'] = { async before(t) { setPathParam(t, (await slowOperation()).id); } };
cases['cancelOperation 409'] = { async before(t) { setPathParam(t, (await finishedOperation()).id); } };

const unknownPathValue = { BreakerName: 'no-such-breaker', SyncId: 'sync-999999999', DeadLetterId: 999999999,
  OperationId: 'op-999999999' };

// ---------------------------------------------------------------- dredd hooks

let setupError = null;
const wrap = (fn) => (arg, done) => {
  Promise.resolve().then(() => fn(arg)).then(() => done(), (e) => {
    if (arg && arg.request)
      arg.fail = e.message;
    else
      setupError = e.message;
    done();
  });
};

hooks.beforeAll(wrap(async (transactions) => {
  hostName = transactions[0].host;
  port = Number(transactions[0].port);
  base = `${transactions[0].protocol}//${hostName}:${port}`;
  for (const role of Object.keys(tokens))
    check(tokens[role], `BW_${role.toUpperCase()}_TOKEN is not set`);
  check(transactions.length === documentedResponses,
    `dredd compiled ${transactions.length} transactions from ${documentedResponses} documented responses: some were dropped`);
  for (const t of transactions) {
    const o = operationOf(t);
    if (!o)
      t.fail = `no operation in docs/openapi.yaml for ${t.request.method} ${t.name}`;
    else if (!/^2/.test(statusOf(t)) && !['401', '403', '404'].includes(statusOf(t)) && !cases[`${o.id} ${statusOf(t)}`])
      t.fail = `hooks.js has no case that provokes ${o.id} ${statusOf(t)}`;
  }

  fx.operatorTokenId = (await must(200, 'GET', '/ops/v1/info', { role: 'operator' })).identity.tokenId;
  for (const p of (await must(200, 'GET', '/sim/v1/faults')).items)
    fx.faults[p.integration] = p;
  // Deliveries of retried letters must succeed, and nothing may fail at random.
  await setErrorRate(LETTER_SOURCE, 0);
  await generateLetters(60);
  await must(201, 'POST', '/sim/v1/deadletters/generate', { body: { count: 200, source: OPS_SOURCE } });
}));

hooks.beforeEach(wrap(async (t) => {
  if (setupError)
    throw new Error(`setup failed: ${setupError}`);
  if (t.fail)
    return;
  const o = operationOf(t);
  const status = statusOf(t);
  const c = cases[`${o.id} ${status}`] || {};
  delete t.request.headers.Authorization;
  let role = o.role === 'none' ? null : o.role;
  if (status === '401')
    role = null;
  if (status === '403')
    role = lowerRole[o.role];
  if (role)
    t.request.headers.Authorization = `Bearer ${tokens[role]}`;
  const pathParam = o.params.find((p) => p.in === 'path');
  if (status === '404' && pathParam) {
    const param = pathParam;
    const ref = Object.keys(spec.components.parameters).find((k) => spec.components.parameters[k] === param);
    setPathParam(t, unknownPathValue[ref]);
  }
  t.bwJobMark = fx.jobs.length;
  t.bwOperationMark = fx.operations.length;
  if (c.before)
    await c.before(t);
  if (/^4/.test(status) && o.role !== 'viewer')
    t.bwSnapshot = await snapshotFor(t);
}));

/** Content-Type: the documented media type; `; charset=utf-8` may follow it. */
function normaliseContentType(expected, actual) {
  if (!expected || !actual)
    return actual;
  const strip = (v) => v.split(';').map((s) => s.trim().toLowerCase()).filter((s) => s && s !== 'charset=utf-8').join('; ');
  return strip(expected) === strip(actual) ? expected : actual;
}

hooks.beforeEachValidation((t) => {
  if (!t.real)
    return;
  const expectedType = t.expected.headers['Content-Type'];
  if (expectedType && t.real.headers['content-type'])
    t.real.headers['content-type'] = normaliseContentType(expectedType, t.real.headers['content-type']);
  // Dredd would compare the body's keys with the example; afterEach
  // validates it against the schema instead, with messages that name fields.
  if (t.real.body !== undefined)
    t.expected.body = t.real.body;
  else
    delete t.expected.body;
});

hooks.afterEach(wrap(async (t) => {
  if (!t.real || t.fail || setupError)
    return;
  const o = operationOf(t);
  const status = statusOf(t);
  if (String(t.real.statusCode) !== status)
    return; // dredd already reports it; the checks below would only add noise
  let json;
  try {
    json = JSON.parse(t.real.body || '');
  } catch (e) {
    json = undefined;
  }
  const res = { json, text: t.real.body || '', headers: t.real.headers };
  const problems = [];
  const schema = responseSchema(t);
  if (schema) {
    if (json === undefined)
      problems.push(`the body is not JSON: ${res.text.slice(0, 200)}`);
    else {
      const p = schemaProblems(schema, json, 'body');
      if (p)
        problems.push(p);
    }
  }
  if (/^[45]/.test(status)) {
    if (json && json.status !== Number(status))
      problems.push(`the problem's status is ${json.status}`);
  }
  if (status === '401' && !/^Bearer\b/i.test(t.real.headers['www-authenticate'] || ''))
    problems.push(`WWW-Authenticate is "${t.real.headers['www-authenticate']}"`);
  if (status === '404' && o.path.includes('{')) {
    const resource = pathOf(t).split('/').slice(0, o.path.slice(0, o.path.indexOf('}') + 1).split('/').length).join('/');
    const again = await api('GET', resource, { role: 'viewer' });
    if (again.status !== 404)
      problems.push(`after ${t.request.method} ${pathOf(t)}, GET ${resource} answers ${again.status}: it was created`);
  }
  if (t.bwSnapshot !== undefined && t.bwSnapshot !== null) {
    const after = await snapshotFor(t);
    if (after !== t.bwSnapshot)
      problems.push(`the rejected request changed something: before ${t.bwSnapshot}, after ${after}`);
  }
  const c = cases[`${o.id} ${status}`];
  if (c && c.after) {
    try {
      await c.after(t, res);
    } catch (e) {
      problems.push(e.message);
    }
  }
  if (problems.length)
    t.fail = problems.join('; ');
}));

// Jobs a transaction started are cancelled after it, so that their progress
// events do not flood the event stream checks.
hooks.afterEach(wrap(async (t) => {
  if (t.bwJobMark === undefined)
    return;
  for (const id of fx.jobs.splice(t.bwJobMark))
    await api('POST', `/ops/v1/syncs/${encodeURIComponent(id)}/cancel`, { role: 'operator', body: { reason: 'contract test cleanup' } });
  // Bulk operations too (a finished one answers 409, which is fine here).
  for (const id of fx.operations.splice(t.bwOperationMark))
    await api('POST', `/ops/v1/operations/${encodeURIComponent(id)}/cancel`, { role: 'operator' });
}));

hooks.afterAll(wrap(async () => {
  for (const id of fx.jobs)
    await api('POST', `/ops/v1/syncs/${encodeURIComponent(id)}/cancel`, { role: 'operator', body: { reason: 'contract test cleanup' } });
}));
