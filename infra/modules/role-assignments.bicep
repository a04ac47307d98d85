// What the web app's managed identity (and App Service itself) may do:
//   - Key Vault Secrets User on the vault: resolve the Key Vault references in the app settings;
//   - Storage Blob Data Contributor on the storage account: the file store (see storage.bicep for why the
//     connection string is still used);
//   - AcrPull on the registry: pull the application image;
//   - Key Vault Certificate User for the global "Microsoft Azure App Service" identity, when its object ID is given:
//     App Service itself (not the app's identity) imports Key Vault certificates into the site.

@description('Principal ID of the web app\'s system-assigned identity.')
param appPrincipalId string

@description('Key Vault name.')
param keyVaultName string

@description('Storage account name.')
param storageAccountName string

@description('Container registry name.')
param registryName string

@description('Object ID, in this tenant, of the service principal "Microsoft Azure App Service" (app ID abfa0a7c-a6b6-4736-8310-5855508787cd). Empty: no certificates are imported.')
param appServiceResourceProviderObjectId string

var roles = {
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  keyVaultCertificateUser: 'db79e9a7-68ee-4b58-9aeb-b90e7c24fcba'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  acrPull: '7f951dda-4ed3-4680-a7ca-43fe172d538d'
}

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' existing = {
  name: keyVaultName
}

resource storage 'Microsoft.Storage/storageAccounts@2026-09-01' existing = {
  name: storageAccountName
}

resource registry 'Microsoft.ContainerRegistry/registries@2025-11-01' existing = {
  name: registryName
}

resource appSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, appPrincipalId, roles.keyVaultSecretsUser)
  scope: vault
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
  }
}

resource appBlobContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, appPrincipalId, roles.storageBlobDataContributor)
  scope: storage
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
  }
}

resource appAcrPull 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, appPrincipalId, roles.acrPull)
  scope: registry
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.acrPull)
  }
}

resource appServiceCertificateUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(appServiceResourceProviderObjectId)) {
  name: guid(vault.id, appServiceResourceProviderObjectId, roles.keyVaultCertificateUser)
  scope: vault
  properties: {
    principalId: appServiceResourceProviderObjectId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultCertificateUser)
  }
}
