// Log Analytics workspace and a workspace-based Application Insights resource.
// The App Service, Key Vault and SQL diagnostic settings send their logs to the workspace. The application itself
// has no Application Insights / OpenTelemetry SDK yet (nog niet): APPLICATIONINSIGHTS_CONNECTION_STRING is set for it,
// but until the Azure Monitor OpenTelemetry distro is added only the platform logs arrive.

import { resourceTags } from 'types.bicep'

@description('Azure region.')
param location string

@description('Name prefix, e.g. gk-prd.')
param prefix string

@description('Days that Log Analytics keeps the logs (30 to 730).')
@minValue(30)
@maxValue(730)
param retentionInDays int

@description('Tags for every resource.')
param tags resourceTags

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-07-01' = {
  name: 'log-${prefix}'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
    features: {
      enableLogAccessUsingOnlyResourcePermissions: true
    }
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${prefix}'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
    RetentionInDays: retentionInDays
  }
}

output workspaceId string = workspace.id
output appInsightsConnectionString string = appInsights.properties.ConnectionString
