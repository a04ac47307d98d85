using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Validators of this layer, as singletons: building a validator's rules compiles expressions, which per request
    /// was a measurable part of every call. A validator may therefore depend only on singletons (such as
    /// <c>ICbsSource</c>); Development's service-provider validation refuses anything else at start-up.
    /// Mediator itself is added by the host (its source generator runs there).
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddScoped<Leden.Shared.InvitationSender>();
        services.AddScoped<Common.Notifications.Ontvangers>();
        services.AddScoped<BuurtTops.Shared.BuurtTopMails>();
        services.AddScoped<Subsidies.Shared.AanvraagMails>();
        services.AddScoped<Persoonsgegevens.Shared.InzageSamensteller>();
        return services;
    }
}
