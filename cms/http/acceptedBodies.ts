// Payload answers a body it cannot parse (text/plain, XML) with a 500 "unknown
// error". The API only ever takes JSON or a multipart upload, so anything else
// is refused up front with a 415 that says what to send.
const accepted = /^(application\/json|multipart\/form-data)\b/i;

// Payload's own admin reads related documents (every relationship picker, the
// bulk-edit drawer) with a form-encoded POST that it turns into a GET: the
// query travels in the body to keep long filters out of the URL. Payload only
// unpacks exactly this content type, so exactly this is let through.
const readAsGet = (request: Request): boolean =>
  ['X-Payload-HTTP-Method-Override', 'X-HTTP-Method-Override'].some((name) => request.headers.get(name) === 'GET') &&
  request.headers.get('content-type') === 'application/x-www-form-urlencoded';

export const acceptedBodiesOnly =
  <Context>(handler: (request: Request, context: Context) => Promise<Response>) =>
  async (request: Request, context: Context): Promise<Response> => {
    const type = request.headers.get('content-type') ?? '';
    // Bodiless requests (a logout) pass as they are.
    const bodiless = request.body === null || request.headers.get('content-length') === '0';
    if (bodiless || accepted.test(type) || readAsGet(request)) return handler(request, context);
    return Response.json(
      { errors: [{ message: 'Send JSON (application/json) or a file upload (multipart/form-data).' }] },
      { status: 415 },
    );
  };
