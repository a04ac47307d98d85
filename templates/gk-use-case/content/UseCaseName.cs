using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.FeatureName.KindFolder.UseCaseName;

/// <summary>TODO: what this use case does, in one sentence a user would recognise.</summary>
[Authorize(Roles = Roles.GemeenteBeheerder)]
public sealed record UseCaseNameKindSuffix : IRequestKind<TResponse>
{
    // The route id, when there is one: [JsonIgnore] public Guid Id { get; init; }
    // Every field a PUT replaces is `required`, so a field left out is a 400 that names it.
}

public sealed class UseCaseNameHandler(IApplicationDbContext db) : IHandlerKind<UseCaseNameKindSuffix, TResponse>
{
    public async ValueTask<TResponse> Handle(UseCaseNameKindSuffix request, CancellationToken cancellationToken)
    {
        // Load the aggregate (db.Set<T>(), filtered to the current gemeente), call its method (the rule lives in the
        // entity), save, and return a DTO made by the feature's ToDto() extension.
        await db.SaveChangesAsync(cancellationToken);
        throw new NotImplementedException();
    }
}
