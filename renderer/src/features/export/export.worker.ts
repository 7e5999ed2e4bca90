import { serveWorkerJobs } from '../../workers/workerJob';
import { exportTransfer, handleExportRequest } from './exportProtocol';

serveWorkerJobs(handleExportRequest, exportTransfer);
