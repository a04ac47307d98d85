using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;

namespace Gemeenschapskracht.Application.Subsidies.Commands.RequestAanvulling;

/// <summary>Asks the applicant to complete the application (Awb 4:5); the beslistermijn stands still (4:15) and the applicant is mailed.</summary>
[Authorize(Roles = SubsidieQueries.Behandelaars)]
public sealed record RequestAanvullingCommand : ICommand<SubsidieaanvraagDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>What is missing, in words the applicant understands.</summary>
    public required string Vraag { get; init; }
}

public sealed class RequestAanvullingValidator : AbstractValidator<RequestAanvullingCommand>
{
    public RequestAanvullingValidator() =>
        RuleFor(c => c.Vraag).RequiredText("wat er ontbreekt", 2000);
}

public sealed class RequestAanvullingHandler(IApplicationDbContext db, AanvraagMails mails, TimeProvider clock) : ICommandHandler<RequestAanvullingCommand, SubsidieaanvraagDto>
{
    public async ValueTask<SubsidieaanvraagDto> Handle(RequestAanvullingCommand command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.Set<Subsidieaanvraag>().VindAsync(command.Id, cancellationToken);
        aanvraag.VraagAanvulling(command.Vraag, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await mails.StuurAsync(aanvraag, "Uw subsidieaanvraag: wilt u iets aanvullen?",
            $"Om op uw aanvraag te kunnen beslissen, vragen wij u:\n\n{aanvraag.AanvullingVraag}\n\nTot u dat aanvult, staat de beslistermijn stil.", cancellationToken);
        return aanvraag.ToDto();
    }
}
