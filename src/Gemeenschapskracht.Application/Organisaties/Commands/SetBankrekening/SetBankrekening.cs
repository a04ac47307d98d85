using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Organisaties.Dtos;
using Gemeenschapskracht.Application.Organisaties.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Organisaties.Commands.SetBankrekening;

/// <summary>
/// Records the account subsidies are paid to (a SEPA IBAN, mod-97 checked). The gemeente may record it for any
/// organisation, a member only for their own (<see cref="IOrganisatieScoped"/>); every change is audited.
/// </summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker},{Roles.Bewonersorganisatie},{Roles.Professional}")]
public sealed record SetBankrekeningCommand : ICommand<BankrekeningDto>, IOrganisatieScoped
{
    [JsonIgnore]
    public Guid Id { get; init; }

    Guid IOrganisatieScoped.OrganisatieId => Id;

    public required string Iban { get; init; }

    public required string Tenaamstelling { get; init; }
}

public sealed class SetBankrekeningValidator : AbstractValidator<SetBankrekeningCommand>
{
    public SetBankrekeningValidator()
    {
        RuleFor(c => c.Iban).RequiredText("het IBAN", 42);
        RuleFor(c => c.Tenaamstelling).RequiredText("de tenaamstelling", 70);
    }
}

public sealed class SetBankrekeningHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<SetBankrekeningCommand, BankrekeningDto>
{
    public async ValueTask<BankrekeningDto> Handle(SetBankrekeningCommand command, CancellationToken cancellationToken)
    {
        var organisatie = await db.VindOrganisatieAsync(command.Id, cancellationToken);
        organisatie.LegBankrekeningVast(command.Iban, command.Tenaamstelling, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new BankrekeningDto(organisatie.Id, organisatie.Iban, organisatie.Tenaamstelling);
    }
}
