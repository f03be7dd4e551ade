import { readSubmissionSources } from '../../../lib/submission-sources.ts';

export function GET() {
  return Response.json(readSubmissionSources().context);
}
