// Storage account for the file store (attachments): Bestanden__Provider=AzureBlob, one blob container.
// The application reads Bestanden__ConnectionString (AzureBlobBestandsopslag builds its client from a connection
// string), so shared-key access stays on and the connection string is written to Key Vault here. The app's managed
// identity also gets 'Storage Blob Data Contributor' (role-assignments.bicep), so that a later switch of the code to
// DefaultAzureCredential can turn shared keys off (allowSharedKeyAccess: false) without another role change.

import { resourceTags } from 'types.bicep'

@description('Azure region.')
param location string

@description('Globally unique name, 3 to 24 lower-case letters and digits.')
@minLength(3)
@maxLength(24)
param name string

@description('Replication, e.g. Standard_LRS (test) or Standard_ZRS (productie).')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
  'Standard_RAGRS'
  'Standard_RAGZRS'
])
param skuName string

@description('Blob container of the file store (Bestanden__Container).')
param containerName string

@description('Days a deleted blob or container stays recoverable.')
@minValue(1)
@maxValue(365)
param deleteRetentionDays int

@description('Key Vault that receives the connection string.')
param keyVaultName string

@description('Name of the Key Vault secret with the connection string.')
param connectionStringSecretName string

@description('Tags for every resource.')
param tags resourceTags

resource account 'Microsoft.Storage/storageAccounts@2026-09-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    allowSharedKeyAccess: true
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
    encryption: {
      keySource: 'Microsoft.Storage'
      services: {
        blob: {
          enabled: true
        }
      }
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2026-09-01' = {
  parent: account
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: deleteRetentionDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: deleteRetentionDays
    }
  }
}

resource container 'Microsoft.Storage/storageAccounts/blobServices/containers@2026-09-01' = {
  parent: blobService
  name: containerName
  properties: {
    publicAccess: 'None'
  }
}

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' existing = {
  name: keyVaultName
}

resource connectionStringSecret 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = {
  parent: vault
  name: connectionStringSecretName
  properties: {
    contentType: 'Azure Storage connection string (Bestanden__ConnectionString)'
    value: 'DefaultEndpointsProtocol=https;AccountName=${account.name};AccountKey=${account.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  }
}

output name string = account.name
output id string = account.id
output containerName string = container.name
