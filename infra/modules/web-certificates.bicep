// Imports Key Vault certificates into App Service (Microsoft.Web/certificates). App Service reads them with its
// own global identity ("Microsoft Azure App Service"), which needs 'Key Vault Certificate User' on the vault
// (role-assignments.bicep); the app's managed identity plays no part here.
//
// Token certificates: with WEBSITE_LOAD_CERTIFICATES (web-settings.bicep) App Service writes them into the
// container as /var/ssl/private/<thumbprint>.p12 without a password, and Identity__SigningCertificatePath /
// Identity__EncryptionCertificatePath point there. That is why no certificate passwords are kept as secrets.
// Each certificate must already be in the vault (az keyvault certificate import) before it is named here.

import { resourceTags } from 'types.bicep'

@description('Azure region.')
param location string

@description('Name prefix, e.g. gk-prd.')
param prefix string

@description('App Service plan the certificates belong to.')
param planId string

@description('Key Vault with the certificates.')
param keyVaultName string

@description('Key Vault certificate for token signing (PFX with private key). Empty: none (ephemeral keys).')
param signingCertificateName string

@description('Key Vault certificate for token encryption. Empty: none (ephemeral keys).')
param encryptionCertificateName string

@description('Key Vault certificate for TLS on the base domain and *.base domain. Empty: none.')
param tlsCertificateName string

@description('Tags for every resource.')
param tags resourceTags

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' existing = {
  name: keyVaultName
}

resource signing 'Microsoft.Web/certificates@2025-03-01' = if (!empty(signingCertificateName)) {
  name: 'cert-${prefix}-token-signing'
  location: location
  tags: tags
  properties: {
    serverFarmId: planId
    keyVaultId: vault.id
    keyVaultSecretName: signingCertificateName
  }
}

resource encryption 'Microsoft.Web/certificates@2025-03-01' = if (!empty(encryptionCertificateName)) {
  name: 'cert-${prefix}-token-encryption'
  location: location
  tags: tags
  properties: {
    serverFarmId: planId
    keyVaultId: vault.id
    keyVaultSecretName: encryptionCertificateName
  }
}

resource tls 'Microsoft.Web/certificates@2025-03-01' = if (!empty(tlsCertificateName)) {
  name: 'cert-${prefix}-tls'
  location: location
  tags: tags
  properties: {
    serverFarmId: planId
    keyVaultId: vault.id
    keyVaultSecretName: tlsCertificateName
  }
}

output signingThumbprint string = signing.?properties.thumbprint ?? ''
output encryptionThumbprint string = encryption.?properties.thumbprint ?? ''
output tlsThumbprint string = tls.?properties.thumbprint ?? ''
