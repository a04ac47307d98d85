using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Administraties.Dtos;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Administraties;
using Mediator;

namespace Gemeenschapskracht.Application.Administraties.Commands.PostOpeningsbalans;

/// <summary>
/// The opening balance: what the group had and owed on the start date, once, on balance accounts, in balance. An empty
/// list says the group starts with nothing.
/// </summary>
[Authorize(Roles = AdministratieQueries.Boekhouders)]
public sealed record PostOpeningsbalansCommand : ICommand<JournaalpostDto>, IMetJournaalregels
{
    [JsonIgnore]
    public Guid AdministratieId { get; init; }

    public required IReadOnlyList<JournaalregelInvoer> Regels { get; init; }
}

public sealed class PostOpeningsbalansValidator : AbstractValidator<PostOpeningsbalansCommand>
{
    public PostOpeningsbalansValidator() => this.AddRegelRules();
}

public sealed class PostOpeningsbalansHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<PostOpeningsbalansCommand, JournaalpostDto>
{
    public async ValueTask<JournaalpostDto> Handle(PostOpeningsbalansCommand command, CancellationToken cancellationToken)
    {
        var administratie = await db.GehosteAdministraties(user).VindAsync(command.AdministratieId, cancellationToken);
        var post = administratie.BoekOpening(command.Regels.Select(r => r.ToRegel()).ToList(), user.Weergavenaam, clock.GetUtcNow());
        db.Set<Journaalpost>().Add(post);
        await db.SaveChangesAsync(cancellationToken);
        return (await db.ToDtosAsync(administratie, [post], cancellationToken))[0];
    }
}
