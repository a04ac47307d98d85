// Key Vault with Azure RBAC authorization (no access policies), soft delete and purge protection.
// It holds the connection strings, the SMTP password, the machine-client secrets and the certificates (token
// signing, token encryption, TLS for the base domain). Who may read what is granted in role-assignments.bicep.

import { resourceTags } from 'types.bicep'

@description('Azure region.')
param location string

@description('Globally unique name, 3 to 24 characters.')
@minLength(3)
@maxLength(24)
param name string

@description('Days a deleted secret or certificate stays recoverable (7 to 90).')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int

@description('Log Analytics workspace for the audit log.')
param workspaceId string

@description('Tags for every resource.')
param tags resourceTags

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    enablePurgeProtection: true
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    // No virtual network yet (nog niet): public endpoint, access only through Entra ID and RBAC.
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

// 2021-05-01-preview is the newest API version of diagnostic settings; the only GA one (2016-09-01) is ten years
// older and lacks category groups. The rule only knows to suggest the GA version, hence:
#disable-next-line use-recent-api-versions
resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: vault
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        categoryGroup: 'audit'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

output name string = vault.name
output id string = vault.id
