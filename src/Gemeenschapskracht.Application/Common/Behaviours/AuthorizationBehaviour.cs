using System.Reflection;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Mediator;

namespace Gemeenschapskracht.Application.Common.Behaviours;

/// <summary>Enforces the <see cref="AuthorizeAttribute"/> declared on a request; undeclared requests are refused.</summary>
public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser user)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly bool IsPublic = typeof(TMessage).GetCustomAttribute<PublicAttribute>() is not null;

    private static readonly string[][] RequiredRoleSets = typeof(TMessage)
        .GetCustomAttributes<AuthorizeAttribute>()
        .Select(a => a.Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .ToArray();

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (!IsPublic)
        {
            if (RequiredRoleSets.Length == 0)
                throw new InvalidOperationException($"{typeof(TMessage).Name} declares neither [Authorize] nor [Public].");
            if (!user.IsAuthenticated)
                throw new UnauthenticatedException();
            // Every attribute must be satisfied; within one attribute, any of its roles suffices.
            if (!RequiredRoleSets.All(set => set.Length == 0 || set.Any(role => Grants(role, message))))
                throw new ForbiddenAccessException();
        }
        return next(message, cancellationToken);
    }

    /// <summary>An organisation-bound role grants a request about an organisation only for the caller's own organisation.</summary>
    private bool Grants(string role, TMessage message) =>
        user.IsInRole(role)
        && (message is not IOrganisatieScoped scoped || !Roles.OrganisatieGebonden.Contains(role) || user.OrganisatieId == scoped.OrganisatieId);
}
