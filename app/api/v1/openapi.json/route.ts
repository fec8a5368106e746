import { openApiDocument } from '@/lib/api/openapi';

// The description of the API is public, like the API's existence.
export function GET(): Response {
  return Response.json(openApiDocument());
}
