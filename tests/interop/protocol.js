'use strict';
// A backend's answers checked against Latchkey's backend protocol (docs/backend-protocol.openapi.yaml), with
// Ajv doing every schema check: the status must be one the operation documents, and a JSON body must match
// the schema documented for that status. Used by the reference backend's tests on the answers they receive.

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');
const YAML = require('yaml');

const SPEC_PATH = path.join(__dirname, '..', '..', 'docs', 'backend-protocol.openapi.yaml');
const SPEC_ID = 'backend-protocol';

/** OpenAPI 3.0 schema objects as Ajv reads them: refs made absolute, `nullable` as a null type. */
function prepare(node) {
    if (Array.isArray(node)) {
        return node.map(prepare);
    }
    if (node === null || typeof node !== 'object') {
        return node;
    }
    const out = {};
    for (const [key, value] of Object.entries(node)) {
        out[key] = key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? SPEC_ID + value : prepare(value);
    }
    if (out.nullable === true && typeof out.type === 'string') {
        out.type = [out.type, 'null'];
    }
    delete out.nullable;
    delete out.example;
    return out;
}

class Protocol {
    constructor(specPath = SPEC_PATH) {
        this.spec = YAML.parse(fs.readFileSync(specPath, 'utf8'));
        this.ajv = new Ajv({ strict: false, allErrors: true });
        addFormats(this.ajv);
        this.ajv.addSchema({ $id: SPEC_ID, components: prepare(this.spec.components) });
        this.validators = new Map(); // "METHOD route status" → a compiled schema
    }

    /** True when the protocol has METHOD url (a query string is ignored). */
    covers(method, url) {
        return Boolean((this.spec.paths[url.split('?')[0]] || {})[method.toLowerCase()]);
    }

    /** The documented response of METHOD route for `status`, its $ref followed; undefined when none. */
    response(method, route, status) {
        const operation = (this.spec.paths[route] || {})[method.toLowerCase()];
        if (!operation) {
            return undefined;
        }
        let response = operation.responses[String(status)] || operation.responses.default;
        if (response && response.$ref) {
            response = this.spec.components.responses[response.$ref.split('/').pop()];
        }
        return response;
    }

    /**
     * What is wrong with an answer ({status, body, text}) to METHOD url (a query string is ignored); empty
     * when it follows the protocol.
     */
    problems(method, url, answer) {
        const route = url.split('?')[0];
        if (!this.covers(method, route)) {
            return [`${method} ${route} is not in the protocol`];
        }
        const response = this.response(method, route, answer.status);
        if (!response) {
            return [`${method} ${route}: status ${answer.status} is not documented`];
        }
        const json = response.content && response.content['application/json'];
        if (!json) {
            return [];
        }
        if (answer.body === undefined) {
            return [`${method} ${route} ${answer.status}: the body is not JSON: ${String(answer.text).slice(0, 200)}`];
        }
        const key = `${method} ${route} ${answer.status}`;
        if (!this.validators.has(key)) {
            this.validators.set(key, this.ajv.compile(prepare(json.schema)));
        }
        const validate = this.validators.get(key);
        if (validate(answer.body)) {
            return [];
        }
        return validate.errors.map((error) => `${method} ${route} ${answer.status}: ${error.instancePath || '/'} ${error.message}`);
    }

    /** Fails the test when the answer does not follow the protocol; answers the answer. */
    check(method, url, answer) {
        assert.deepEqual(this.problems(method, url, answer), [], `${method} ${url}: ${answer.text}`);
        return answer;
    }
}

module.exports = { Protocol };
