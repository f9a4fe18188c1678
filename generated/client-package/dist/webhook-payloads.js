// generated from src/client/webhook-payloads.ts - do not edit
export {};
