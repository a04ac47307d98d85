// Azure Container Registry for the application image (infra/Dockerfile). The web app pulls it with its managed
// identity (AcrPull, role-assignments.bicep); the admin user stays off.

import { resourceTags } from 'types.bicep'

@description('Azure region.')
param location string

@description('Globally unique name, 5 to 50 letters and digits.')
@minLength(5)
@maxLength(50)
param name string

@description('Registry SKU.')
@allowed([
  'Basic'
  'Standard'
  'Premium'
])
param skuName string

@description('Tags for every resource.')
param tags resourceTags

resource registry 'Microsoft.ContainerRegistry/registries@2025-11-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: skuName
  }
  properties: {
    adminUserEnabled: false
    anonymousPullEnabled: false
    publicNetworkAccess: 'Enabled'
  }
}

output name string = registry.name
output id string = registry.id
output loginServer string = registry.properties.loginServer
