using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Etalage.Dtos;
using Gemeenschapskracht.Application.Etalage.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Etalage.Commands.GiveEtalageToestemming;

/// <summary>
/// The initiative's consent to show the story as it now stands (R6.4): given by a member of its own organisation, or
/// recorded by the gemeente when the initiative gave it otherwise (in writing, in person), naming who gave it.
/// </summary>
[Authorize(Roles = EtalageRollen.Toestemmers)]
public sealed record GiveEtalageToestemmingCommand : ICommand<EtalageverhaalDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>Who gave consent on behalf of the initiative, e.g. "Fatima el Amrani, voorzitter".</summary>
    public required string Door { get; init; }
}

public sealed class GiveEtalageToestemmingValidator : AbstractValidator<GiveEtalageToestemmingCommand>
{
    public GiveEtalageToestemmingValidator() => RuleFor(c => c.Door).RequiredText("wie namens het initiatief toestemming gaf", 200);
}

public sealed class GiveEtalageToestemmingHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<GiveEtalageToestemmingCommand, EtalageverhaalDto>
{
    public async ValueTask<EtalageverhaalDto> Handle(GiveEtalageToestemmingCommand command, CancellationToken cancellationToken)
    {
        var verhaal = await EtalageToegang.Zichtbaar(db, user).VindAsync(command.Id, cancellationToken);
        if (!EtalageToegang.IsBeheerder(user) && (verhaal.OrganisatieId is null || verhaal.OrganisatieId != user.OrganisatieId))
            throw new ForbiddenAccessException("Toestemming geeft een lid van het initiatief zelf, of de gemeente legt haar vast.");
        verhaal.GeefToestemming(command.Door, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(verhaal, user, cancellationToken);
    }
}
