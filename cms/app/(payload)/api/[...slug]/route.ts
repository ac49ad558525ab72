// Payload's REST API, served by Next's route handlers.
import config from '@payload-config';
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes';
import { acceptedBodiesOnly } from '../../../../http/acceptedBodies';

export const GET = REST_GET(config);
export const POST = acceptedBodiesOnly(REST_POST(config));
export const DELETE = REST_DELETE(config);
export const PATCH = acceptedBodiesOnly(REST_PATCH(config));
export const PUT = acceptedBodiesOnly(REST_PUT(config));
export const OPTIONS = REST_OPTIONS(config);
