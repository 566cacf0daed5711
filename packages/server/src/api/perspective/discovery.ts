/**
 * A Google API discovery document for the `commentanalyzer` v1alpha1 API, rooted at this instance.
 * Google's client libraries (the Python `googleapiclient.discovery.build(...)` call of Perspective's
 * own examples, among others) build their client from it, so pointing `discoveryServiceUrl` at
 * `https://instance/$discovery/rest?version=v1alpha1` is the only change they need.
 */
export function commentAnalyzerDiscovery(publicUrl: string) {
  const root = `${publicUrl}/`;
  const score = {
    type: 'object',
    properties: { value: { type: 'number', format: 'float' }, type: { type: 'string' } },
  };
  return {
    kind: 'discovery#restDescription',
    discoveryVersion: 'v1',
    id: 'commentanalyzer:v1alpha1',
    name: 'commentanalyzer',
    version: 'v1alpha1',
    title: 'Perspective Comment Analyzer API (Empathie)',
    description:
      'French and English comment scoring by the Empathie engine, compatible with Perspective API.',
    protocol: 'rest',
    rootUrl: root,
    servicePath: '',
    baseUrl: root,
    batchPath: 'batch',
    parameters: {
      key: { type: 'string', location: 'query', description: 'API key.' },
      alt: { type: 'string', location: 'query', default: 'json', enum: ['json'] },
      prettyPrint: { type: 'boolean', location: 'query', default: 'true' },
      fields: { type: 'string', location: 'query' },
    },
    resources: {
      comments: {
        methods: {
          analyze: {
            id: 'commentanalyzer.comments.analyze',
            path: 'v1alpha1/comments:analyze',
            flatPath: 'v1alpha1/comments:analyze',
            httpMethod: 'POST',
            parameters: {},
            parameterOrder: [],
            request: { $ref: 'AnalyzeCommentRequest' },
            response: { $ref: 'AnalyzeCommentResponse' },
            description: 'Analyzes the provided text and returns scores for requested attributes.',
          },
        },
      },
    },
    schemas: {
      AnalyzeCommentRequest: {
        id: 'AnalyzeCommentRequest',
        type: 'object',
        properties: {
          comment: {
            type: 'object',
            properties: { text: { type: 'string' }, type: { type: 'string' } },
          },
          requestedAttributes: {
            type: 'object',
            additionalProperties: {
              type: 'object',
              properties: {
                scoreType: { type: 'string' },
                scoreThreshold: { type: 'number', format: 'float' },
              },
            },
          },
          languages: { type: 'array', items: { type: 'string' } },
          doNotStore: { type: 'boolean' },
          spanAnnotations: { type: 'boolean' },
          clientToken: { type: 'string' },
          sessionId: { type: 'string' },
          communityId: { type: 'string' },
        },
      },
      AnalyzeCommentResponse: {
        id: 'AnalyzeCommentResponse',
        type: 'object',
        properties: {
          attributeScores: {
            type: 'object',
            additionalProperties: {
              type: 'object',
              properties: {
                summaryScore: score,
                spanScores: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      begin: { type: 'integer', format: 'int32' },
                      end: { type: 'integer', format: 'int32' },
                      score,
                    },
                  },
                },
              },
            },
          },
          languages: { type: 'array', items: { type: 'string' } },
          detectedLanguages: { type: 'array', items: { type: 'string' } },
          clientToken: { type: 'string' },
        },
      },
    },
  };
}
