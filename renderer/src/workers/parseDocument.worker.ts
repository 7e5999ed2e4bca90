import { handleParseRequest } from './parseProtocol';
import { serveWorkerJobs } from './workerJob';

serveWorkerJobs(handleParseRequest);
