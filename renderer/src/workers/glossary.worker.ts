import { openPadananDb } from '../db/database';
import { GlossaryService } from './glossaryService';
import type { GlossaryCall } from './glossaryProtocol';
import { serveRpc } from './workerRpc';

const service = new GlossaryService(openPadananDb);

serveRpc<GlossaryCall>((request) => service.handle(request));
