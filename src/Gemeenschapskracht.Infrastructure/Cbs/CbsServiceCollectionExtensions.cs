using Gemeenschapskracht.Application.Cbs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gemeenschapskracht.Infrastructure.Cbs;

public static class CbsServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="CbsOptions"/> from the <c>Cbs</c> section and registers the <see cref="ICbsSource"/>
    /// named by <c>Cbs:Source</c> as a singleton. Nothing is read at registration: a missing folder or an
    /// unreachable feed surfaces as a <see cref="CbsSourceException"/> when data is first loaded.
    /// </summary>
    public static IServiceCollection AddCbsSource(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CbsOptions>().Bind(configuration.GetSection(CbsOptions.SectionName));
        services.AddHttpClient(CbsODataSource.HttpClientName, client =>
            client.DefaultRequestHeaders.Accept.ParseAdd("application/json"));

        services.TryAddSingleton<CbsDemoSource>();
        services.TryAddSingleton<CbsFileSource>();
        services.TryAddSingleton<CbsODataSource>();

        // Chosen when first resolved, so configuration added after registration (e.g. by a test host) still counts.
        services.TryAddSingleton<ICbsSource>(provider =>
            provider.GetRequiredService<IOptions<CbsOptions>>().Value.Source switch
            {
                CbsSourceKind.File => provider.GetRequiredService<CbsFileSource>(),
                CbsSourceKind.OData => provider.GetRequiredService<CbsODataSource>(),
                CbsSourceKind.Demo => provider.GetRequiredService<CbsDemoSource>(),
                var other => throw new InvalidOperationException(
                    $"{CbsOptions.SectionName}:Source '{other}' is onbekend; kies File, OData of Demo."),
            });

        return services;
    }
}
