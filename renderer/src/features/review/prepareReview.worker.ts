import { handleReviewRequest, type ReviewRequest, type ReviewResponse } from './reviewWorkerProtocol';

/** The part of a dedicated worker's global scope used here (the renderer compiles with DOM types). */
interface ReviewWorkerScope {
  onmessage: ((event: MessageEvent<ReviewRequest>) => void) | null;
  postMessage(message: ReviewResponse): void;
}

const scope = self as unknown as ReviewWorkerScope;

scope.onmessage = (event) => {
  scope.postMessage(handleReviewRequest(event.data));
};
