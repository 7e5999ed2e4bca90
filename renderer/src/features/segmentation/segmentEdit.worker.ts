import { serveWorkerJobs } from '../../workers/workerJob';
import { handleSegmentEditRequest } from './segmentEditProtocol';

serveWorkerJobs(handleSegmentEditRequest);
