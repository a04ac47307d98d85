using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.SqlServer.Application
{
    /// <inheritdoc />
    public partial class BeleidskadersEnOrganisaties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Beleidskaders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Versie = table.Column<int>(type: "int", nullable: false),
                    Titel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Inhoud = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Raadsbesluit = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    VastgesteldOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    VervangenOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Beleidskaders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organisaties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Rechtsvorm = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Kvknummer = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: true),
                    Omschrijving = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    WijkIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PubliekeWaardeIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Contact_Contactpersoon = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Contact_Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    Contact_Telefoon = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Contact_Website = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisaties", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Beleidskaders_TenantId_Versie",
                table: "Beleidskaders",
                columns: new[] { "TenantId", "Versie" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organisaties_TenantId_Naam",
                table: "Organisaties",
                columns: new[] { "TenantId", "Naam" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Beleidskaders");

            migrationBuilder.DropTable(
                name: "Organisaties");
        }
    }
}
