/**
 * The API's base path (the OpenAPI document's server); the client is served from the same origin. The generated
 * clients default to the same path, so nothing provides their API_BASE_URL: code the shell loads imports only types
 * from the generated client, which keeps that large module out of the initial bundle.
 */
export const API_BASIS = '/api/v1';
