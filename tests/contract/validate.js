#!/usr/bin/env node
// Checks recorded Verify exchanges (Latchkey's requests and the sandbox's answers) against Twilio's OpenAPI
// description of Verify v2, with Ajv doing every schema check. This script only finds the operation for
// each exchange and hands Ajv the schema the description gives for it:
//  - the request: path parameters, Content-Type, and the form body (decoded with URLSearchParams, as any
//    form decoder does: an unencoded "+" is a space) against the requestBody schema, unknown fields refused;
//  - the answer: a documented status gets the documented schema with every property required (Twilio's
//    success bodies carry them all); an undocumented error status gets the one error schema the description
//    has (CreateVerification's 429), fields required, status and more_info consistent.
// Before the real run it checks itself: deliberately broken exchanges must be refused.
// Usage: node validate.js <twilio_verify_v2.json> <exchanges.json>
'use strict';

const fs = require('fs');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');

const [specPath, exchangesPath] = process.argv.slice(2);
if (!specPath || !exchangesPath) {
  console.error('usage: node validate.js <twilio_verify_v2.json> <exchanges.json>');
  process.exit(2);
}

const SPEC_ID = 'twilio_verify_v2';

/** OpenAPI 3.0 schema objects → what Ajv reads: refs made absolute, `nullable` without `type` dropped. */
function prepare(node) {
  if (Array.isArray(node)) return node.map(prepare);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) out[key] = SPEC_ID + value;
    else out[key] = prepare(value);
  }
  // `nullable: true` only means something beside a `type`; alone it is an "anything" schema anyway.
  if (out.nullable !== undefined && out.type === undefined) delete out.nullable;
  return out;
}

function makeAjv(options) {
  const ajv = new Ajv({ strict: false, allErrors: true, ...options });
  addFormats(ajv);
  // Twilio's own formats: a map of links, and a two-letter country.
  ajv.addFormat('uri-map', true);
  ajv.addFormat('iso-country-code', /^[A-Z]{2}$/);
  ajv.addSchema({ $id: SPEC_ID, components: prepare(spec.components) });
  return ajv;
}

const spec = JSON.parse(fs.readFileSync(specPath, 'utf8'));
const responseAjv = makeAjv({});
const requestAjv = makeAjv({ coerceTypes: true }); // form values are text: "true", "6"

const operations = [];
for (const [template, item] of Object.entries(spec.paths)) {
  const names = [];
  const pattern = template.replace(/\{([^}]+)\}/g, (_, name) => {
    names.push(name);
    return '([^/]+)';
  });
  for (const method of ['get', 'post', 'delete']) {
    if (item[method]) operations.push({ template, regex: new RegExp('^' + pattern + '$'), names, method, op: item[method] });
  }
}

const errorSchema = (() => {
  const create = spec.paths['/v2/Services/{ServiceSid}/Verifications'].post;
  const schema = create.responses['429'].content['application/json'].schema;
  return { ...prepare(schema), required: Object.keys(schema.properties) };
})();

/**
 * The component a $ref names, with every property required: Twilio's bodies carry all of them. A list's
 * page (an inline object whose arrays hold $refs) gets the same for each item.
 */
function requireAll(schema) {
  let resolved = schema;
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop();
    resolved = spec.components.schemas[name];
  }
  const prepared = { ...prepare(resolved), required: Object.keys(resolved.properties || {}) };
  for (const [name, property] of Object.entries(resolved.properties || {})) {
    if (property.type === 'array' && property.items && property.items.$ref) {
      prepared.properties = { ...prepared.properties, [name]: { ...prepare(property), items: requireAll(property.items) } };
    }
  }
  return prepared;
}

function formFields(body) {
  const fields = {};
  for (const [name, value] of new URLSearchParams(body)) {
    if (name in fields) fields[name] = [].concat(fields[name], value);
    else fields[name] = value;
  }
  return fields;
}

function describe(errors) {
  return (errors || []).map((e) => `${e.instancePath || '/'} ${e.message}${e.params && e.params.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`).join('; ');
}

/** The operations a request names; a literal segment wins over a parameter (/v2/Attempts/Summary, not {Sid}). */
function operationsFor(method, requestPath) {
  const candidates = operations.filter((o) => o.method === method && o.regex.test(requestPath));
  const fewest = Math.min(...candidates.map((o) => o.names.length));
  return candidates.filter((o) => o.names.length === fewest);
}

/** The problems of one exchange; empty when it follows the description. */
function check(exchange) {
  const problems = [];
  const method = exchange.method.toLowerCase();
  const matches = operationsFor(method, exchange.path);
  const request = exchange.request;
  const response = exchange.response;
  let body;
  try {
    body = response.body === '' ? undefined : JSON.parse(response.body);
  } catch (e) {
    problems.push(`answer is not JSON: ${e.message}`);
  }
  const contentType = (response.headers['content-type'] || '').split(';')[0].trim();
  if (body !== undefined && contentType !== 'application/json') problems.push(`answer Content-Type is "${contentType}"`);

  if (matches.length !== 1) {
    // An unknown route: only Twilio's error shape can be checked, and only a 404 is right.
    if (exchange.route !== 'missing') problems.push(`${exchange.method} ${exchange.path} is not an operation of Verify v2`);
    if (response.status !== 404) problems.push(`unknown route answered ${response.status}`);
    problems.push(...checkError(response.status, body));
    return problems;
  }
  const { op, names, regex } = matches[0];
  const values = regex.exec(exchange.path).slice(1);

  // Request: path parameters, then the body.
  for (const parameter of op.parameters || []) {
    if (parameter.in !== 'path') continue;
    const value = decodeURIComponent(values[names.indexOf(parameter.name)]);
    const validate = requestAjv.compile(prepare(parameter.schema));
    if (!validate(value)) problems.push(`path parameter ${parameter.name}: ${describe(validate.errors)}`);
  }
  // The query: each parameter against its schema (decoded as a form, like the body); no unknown names.
  const declared = new Map((op.parameters || []).filter((p) => p.in === 'query').map((p) => [p.name, p]));
  for (const [name, value] of new URLSearchParams(request.query || '')) {
    const parameter = declared.get(name);
    if (!parameter) {
      problems.push(`unknown query parameter ${name} (${op.operationId})`);
      continue;
    }
    const validate = requestAjv.compile(prepare(parameter.schema));
    if (!validate(value)) problems.push(`query parameter ${name}: ${describe(validate.errors)}`);
  }
  const requestType = (request.headers['content-type'] || '').split(';')[0].trim();
  if (op.requestBody) {
    const media = Object.keys(op.requestBody.content);
    if (!media.includes(requestType)) problems.push(`request Content-Type "${requestType}", expected ${media.join(', ')}`);
    else {
      const schema = { ...prepare(op.requestBody.content[requestType].schema), additionalProperties: false };
      const validate = requestAjv.compile(schema);
      if (!validate(formFields(request.body))) problems.push(`request body (${op.operationId}): ${describe(validate.errors)}`);
    }
  } else if (request.body !== '') {
    problems.push(`${op.operationId} takes no body, got ${request.body.length} bytes`);
  }

  // Answer.
  const documented = op.responses[String(response.status)];
  if (documented) {
    const content = documented.content && documented.content['application/json'];
    if (!content) return problems;
    const schema = response.status >= 400 ? { ...prepare(content.schema), required: Object.keys(content.schema.properties || {}) } : requireAll(content.schema);
    const validate = responseAjv.compile(schema);
    if (!validate(body)) problems.push(`answer ${response.status} (${op.operationId}): ${describe(validate.errors)}`);
    if (response.status >= 400) problems.push(...checkError(response.status, body));
  } else if (response.status >= 400) {
    problems.push(...checkError(response.status, body));
  } else {
    problems.push(`status ${response.status} is not documented for ${op.operationId} (${Object.keys(op.responses).join(', ')})`);
  }
  return problems;
}

function checkError(status, body) {
  const schema = {
    ...errorSchema,
    properties: {
      ...errorSchema.properties,
      status: { type: 'integer', const: status },
      more_info: { type: 'string', pattern: '^https://www\\.twilio\\.com/docs/errors/[0-9]+$' },
    },
  };
  const validate = responseAjv.compile(schema);
  const problems = [];
  if (!validate(body)) problems.push(`error answer ${status}: ${describe(validate.errors)}`);
  else if (body.more_info !== `https://www.twilio.com/docs/errors/${body.code}`) problems.push(`more_info does not name code ${body.code}`);
  return problems;
}

// ---- self-test: broken exchanges must be refused ----------------------------------------------------

const exchanges = JSON.parse(fs.readFileSync(exchangesPath, 'utf8'));
if (!Array.isArray(exchanges) || exchanges.length === 0) {
  console.error(`${exchangesPath} holds no exchanges`);
  process.exit(1);
}
const clone = (value) => JSON.parse(JSON.stringify(value));
const first = (route, status) => exchanges.find((e) => e.route === route && (status === undefined || e.response.status === status));
const start = first('verify.start', 201);
const failedStart = exchanges.find((e) => e.route === 'verify.start' && e.response.status >= 400);
if (!start || !failedStart) {
  console.error('the exchanges must include a successful and a failed start');
  process.exit(1);
}
const mutate = (exchange, change) => {
  const copy = clone(exchange);
  change(copy);
  return copy;
};
const withBody = (exchange, change) => mutate(exchange, (e) => {
  const parsed = JSON.parse(e.response.body);
  change(parsed);
  e.response.body = JSON.stringify(parsed);
});
const mustFail = {
  'answer without sid': withBody(start, (b) => delete b.sid),
  'answer with an unknown channel': withBody(start, (b) => { b.channel = 'fax'; }),
  'answer with a malformed sid': withBody(start, (b) => { b.sid = 'VE123'; }),
  'answer with a text date': withBody(start, (b) => { b.date_created = 'yesterday'; }),
  'undocumented success status': mutate(start, (e) => { e.response.status = 200; }),
  'unknown request field': mutate(start, (e) => { e.request.body += '&Chanel=sms'; }),
  'request without Channel': mutate(start, (e) => { e.request.body = 'To=%2B12025550142'; }),
  'JSON request body': mutate(start, (e) => { e.request.headers['content-type'] = 'application/json'; }),
  'malformed service SID': mutate(start, (e) => { e.path = e.path.replace(/VA[0-9a-fA-F]{32}/, 'VA123'); }),
  'error code as text': withBody(failedStart, (b) => { b.code = String(b.code); }),
  'error without more_info': withBody(failedStart, (b) => delete b.more_info),
  'error status disagrees': withBody(failedStart, (b) => { b.status = 200; }),
  'route Verify does not have': mutate(start, (e) => { e.path += 'X'; }),
};
const list = first('verify.attempts.list', 200);
const summary = first('verify.attempts.summary', 200);
if (!list || !summary) {
  console.error('the exchanges must include an attempts list and summary');
  process.exit(1);
}
Object.assign(mustFail, {
  'attempt without price': withBody(list, (b) => delete b.attempts[0].price),
  'attempt with an unknown conversion status': withBody(list, (b) => { b.attempts[0].conversion_status = 'approved'; }),
  'list without meta': withBody(list, (b) => delete b.meta),
  'conversion rate as a number': withBody(summary, (b) => { b.conversion_rate_percentage = 50; }),
  'unknown query parameter': mutate(list, (e) => { e.request.query += '&Foo=1'; }),
  'malformed VerifyServiceSid': mutate(list, (e) => { e.request.query = 'VerifyServiceSid=VA123'; }),
  'date without a time': mutate(summary, (e) => { e.request.query = 'DateCreatedAfter=2026-12-05'; }),
});
let selfTestFailures = 0;
for (const [name, exchange] of Object.entries(mustFail)) {
  if (check(exchange).length === 0) {
    console.error(`self-test: the validator accepted a broken exchange: ${name}`);
    ++selfTestFailures;
  }
}
if (check(start).length !== 0) {
  console.error(`self-test: the unbroken start was refused: ${check(start).join('; ')}`);
  ++selfTestFailures;
}
if (selfTestFailures > 0) process.exit(1);

// ---- the recorded exchanges ---------------------------------------------------------------------------

let passed = 0;
let failed = 0;
const operationsSeen = new Set();
for (const exchange of exchanges) {
  if (!exchange.path.startsWith('/v2')) continue; // the sandbox's own routes are not Twilio's
  const problems = check(exchange);
  const label = `${exchange.method} ${exchange.path} → ${exchange.response.status}`;
  if (problems.length === 0) {
    ++passed;
    const [match] = operationsFor(exchange.method.toLowerCase(), exchange.path);
    if (match) operationsSeen.add(match.op.operationId);
  } else {
    ++failed;
    console.error(`FAIL ${label}\n  ${problems.join('\n  ')}`);
  }
}
const expected = ['FetchService', 'CreateVerification', 'CreateVerificationCheck', 'FetchVerification', 'UpdateVerification',
  'ListVerificationAttempt', 'FetchVerificationAttempt', 'FetchVerificationAttemptsSummary'];
for (const operationId of expected) {
  if (!operationsSeen.has(operationId)) {
    console.error(`FAIL no valid exchange exercised ${operationId}`);
    ++failed;
  }
}
console.log(`self-test: ${Object.keys(mustFail).length} broken exchanges refused`);
console.log(`operations: ${[...operationsSeen].sort().join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
