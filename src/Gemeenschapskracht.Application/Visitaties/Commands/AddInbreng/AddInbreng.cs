using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Visitaties.Dtos;
using Gemeenschapskracht.Application.Visitaties.Shared;
using Gemeenschapskracht.Domain.Visitaties;
using Mediator;

namespace Gemeenschapskracht.Application.Visitaties.Commands.AddInbreng;

/// <summary>What a stakeholder (a resident, a partner) told the panel, heard apart from the reviewed party; recorded by a panel member or the gemeente.</summary>
[Authorize(Roles = VisitatieRollen.Horen)]
public sealed record AddInbrengCommand : ICommand<VisitatieDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>Who was heard, as they agree to be named: "bewoners van de Indische Buurt", "de huisartsenpraktijk".</summary>
    public required string Wie { get; init; }

    public required string Wat { get; init; }
}

public sealed class AddInbrengValidator : AbstractValidator<AddInbrengCommand>
{
    public AddInbrengValidator()
    {
        RuleFor(c => c.Wie).RequiredText("wie er gehoord is", 200);
        RuleFor(c => c.Wat).NotEmpty().WithMessage("Schrijf op wat er is ingebracht.")
            .SafeText("de inbreng", multiline: true).MaximumLength(4000).WithMessage("De inbreng is hoogstens 4000 tekens.");
    }
}

public sealed class AddInbrengHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AddInbrengCommand, VisitatieDto>
{
    public async ValueTask<VisitatieDto> Handle(AddInbrengCommand command, CancellationToken cancellationToken)
    {
        var visitatie = await db.Set<Visitatie>().VindAsync(command.Id, cancellationToken);
        var kant = VisitatieToegang.Kant(user, visitatie);
        if (kant != Visitatiekant.Gemeente)
            VisitatieToegang.VereisPanellid(user, visitatie);
        visitatie.LegInbrengVast(command.Wie, command.Wat, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return visitatie.ToDto(kant);
    }
}
