using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.SqlServer.Application
{
    /// <inheritdoc />
    public partial class UitdaagrechtEnAfwikkelingen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Afwikkelingen",
                table: "Vaststellingen",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "Participatieverordeningen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Versie = table.Column<int>(type: "int", nullable: false),
                    Referentie = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    VastgesteldOp = table.Column<DateOnly>(type: "date", nullable: false),
                    OntvankelijkheidWeken = table.Column<int>(type: "int", nullable: false),
                    BesluitWeken = table.Column<int>(type: "int", nullable: false),
                    Criteria = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    UitgeslotenTaken = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Participatieverordeningen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Uitdagingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kenmerk = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    VerordeningVersie = table.Column<int>(type: "int", nullable: false),
                    Criteria = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    BesluitWeken = table.Column<int>(type: "int", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Groepsnaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Contactnaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    Taak = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    WijkId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Voorstel = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    Bedrag = table.Column<long>(type: "bigint", nullable: false),
                    Van = table.Column<DateOnly>(type: "date", nullable: false),
                    Tot = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    IngediendOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    OntvankelijkheidUiterlijk = table.Column<DateOnly>(type: "date", nullable: false),
                    OntvankelijkheidBesluitOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    NietOntvankelijkReden = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    BesluitUiterlijk = table.Column<DateOnly>(type: "date", nullable: true),
                    Oordelen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Motivering = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    BesluitOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    BesluitDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Overdracht = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Monitoring = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Evaluatie = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    GeevalueerdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    TermijnOverschredenGemeld = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Uitdagingen", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Participatieverordeningen_TenantId_Versie",
                table: "Participatieverordeningen",
                columns: new[] { "TenantId", "Versie" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Uitdagingen_TenantId_Kenmerk",
                table: "Uitdagingen",
                columns: new[] { "TenantId", "Kenmerk" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Uitdagingen_TenantId_OrganisatieId",
                table: "Uitdagingen",
                columns: new[] { "TenantId", "OrganisatieId" });

            migrationBuilder.CreateIndex(
                name: "IX_Uitdagingen_TenantId_Status",
                table: "Uitdagingen",
                columns: new[] { "TenantId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Participatieverordeningen");

            migrationBuilder.DropTable(
                name: "Uitdagingen");

            migrationBuilder.DropColumn(
                name: "Afwikkelingen",
                table: "Vaststellingen");
        }
    }
}
