import { serveWorkerJobs } from '../../workers/workerJob';
import { handleReviewRequest } from './reviewWorkerProtocol';

serveWorkerJobs(handleReviewRequest);
