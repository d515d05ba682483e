/** The clouds a blueprint can target. */
export enum Cloud {
  AWS = 'aws',
  AZURE = 'azure',
}

export const CLOUDS: readonly Cloud[] = [Cloud.AWS, Cloud.AZURE];
