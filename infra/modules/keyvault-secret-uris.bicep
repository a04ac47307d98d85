// Looks up secrets that an operator has put into Key Vault and returns their versionless URIs for Key Vault
// references. Reading an existing secret fails the deployment when it is missing, so an app setting never points
// at an absent secret (App Service would then pass the literal "@Microsoft.KeyVault(...)" text to the application,
// e.g. as a machine-client secret).

@description('Key Vault name.')
param keyVaultName string

@description('Names of secrets that must already exist.')
param secretNames string[]

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' existing = {
  name: keyVaultName
}

resource secrets 'Microsoft.KeyVault/vaults/secrets@2026-05-15' existing = [
  for secretName in secretNames: {
    parent: vault
    name: secretName
  }
]

@description('Versionless secret URIs, in the order of secretNames (a reference then follows the latest version).')
output secretUris string[] = [for (secretName, i) in secretNames: secrets[i].properties.secretUri]
