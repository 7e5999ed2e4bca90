import { handleSegmentEditRequest, type SegmentEditRequest, type SegmentEditResponse } from './segmentEditProtocol';

/** The part of a dedicated worker's global scope used here (the renderer compiles with DOM types). */
interface SegmentEditScope {
  onmessage: ((event: MessageEvent<SegmentEditRequest>) => void) | null;
  postMessage(message: SegmentEditResponse): void;
}

const scope = self as unknown as SegmentEditScope;
scope.onmessage = (event) => {
  void handleSegmentEditRequest(event.data).then((response) => scope.postMessage(response));
};
