/** The API's base path (the OpenAPI document's server); the client is served from the same origin. */
export const API_BASIS = '/api/v1';
